import { expect } from '@open-wc/testing';
import {
  describeMoney,
  formatAmount,
  formatMoney,
  isKnownCurrency,
  minorDigits,
} from '../../src/format/money.js';
import { formatDateTime } from '../../src/format/date.js';

describe('money formatting never throws and never shows NaN', () => {
  it('shows an amount in an unknown currency as minor units with its code', () => {
    expect(describeMoney(123450, 'ZZZ', 'en-GB')).to.deep.equal({
      text: '123,450 ZZZ',
      knownCurrency: false,
      exact: true,
    });
    expect(formatMoney(123450, 'ZZZ', 'de-DE')).to.equal('123.450 ZZZ');
  });

  for (const code of ['XX1', '', 'gbp', 'GBPX', '<b>', ' EUR', '12']) {
    it(`shows an amount with the malformed code ${JSON.stringify(code)} without throwing`, () => {
      const money = describeMoney(123450, code, 'en');
      expect(money.knownCurrency).to.equal(false);
      expect(money.text).to.equal(code ? `123,450 ${code}` : '123,450');
      expect(formatAmount(123450, code, 'en')).to.equal('123,450');
      expect(minorDigits(code)).to.equal(0);
    });
  }

  it('knows the currencies Intl knows, with their decimals', () => {
    expect(isKnownCurrency('GBP')).to.equal(true);
    expect(isKnownCurrency('JPY')).to.equal(true);
    expect(isKnownCurrency('ZZZ')).to.equal(false);
    expect(minorDigits('GBP')).to.equal(2);
    expect(minorDigits('JPY')).to.equal(0);
    expect(formatMoney(1234, 'JPY', 'en')).to.equal('¥1,234');
  });

  it('formats every digit of integers beyond 10^21 and flags them as not exact', () => {
    expect(describeMoney(1e21, 'GBP', 'en-GB')).to.deep.equal({
      text: '£10,000,000,000,000,000,000.00',
      knownCurrency: true,
      exact: false,
    });
    expect(describeMoney(2 ** 53, 'EUR', 'en').exact).to.equal(false);
    expect(describeMoney(2 ** 53 - 1, 'EUR', 'en').exact).to.equal(true);
    expect(formatAmount(1e21, 'GBP', 'en')).to.equal('10,000,000,000,000,000,000.00');
    expect(formatMoney(-1e22, 'GBP', 'en')).to.not.include('NaN');
  });

  it('formats a bigint sum beyond the safe range exactly', () => {
    expect(describeMoney(2n ** 53n + 1n, 'GBP', 'en-GB')).to.deep.equal({
      text: '£90,071,992,547,409.93',
      knownCurrency: true,
      exact: true,
    });
    expect(formatMoney(-(2n ** 53n) - 1n, 'JPY', 'en')).to.equal('-¥9,007,199,254,740,993');
  });

  for (const value of [Number.NaN, Infinity, -Infinity, 0.5]) {
    it(`shows ${value} as a dash, not NaN`, () => {
      expect(formatMoney(value, 'GBP', 'en')).to.equal('\u2014 GBP');
      expect(formatAmount(value, 'GBP', 'en')).to.equal('');
    });
  }

  it('falls back to the default locale for a locale tag Intl refuses', () => {
    expect(formatMoney(500, 'GBP', 'not a locale!!')).to.match(/5\.00|5,00/);
  });
});

describe('date formatting never throws', () => {
  for (const iso of ['garbage', '', '+275760-09-13T00:00:00.001Z', '2026-13-45T99:99:99Z']) {
    it(`shows the timestamp ${JSON.stringify(iso)} as sent`, () => {
      expect(formatDateTime(iso, 'en-GB')).to.equal(iso);
    });
  }

  it('falls back to the default locale for a locale tag Intl refuses', () => {
    expect(formatDateTime('2026-01-05T09:00:00.000Z', 'not a locale!!')).to.match(/2026/);
  });
});
