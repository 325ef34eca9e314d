import { expect } from '@open-wc/testing';
import { formatAmount, formatMoney, parseAmount } from '../../src/format/money.js';

describe('money', () => {
  it('formats integer minor units through Intl, exactly', () => {
    expect(formatMoney(123450, 'GBP', 'en-GB')).to.equal('£1,234.50');
    expect(formatMoney(123450, 'EUR', 'de-DE')).to.equal('1.234,50\u00a0€');
    expect(formatMoney(1, 'GBP', 'en-GB')).to.equal('£0.01');
    expect(formatMoney(9007199254740991, 'GBP', 'en-GB')).to.equal('£90,071,992,547,409.91');
    expect(formatAmount(500, 'EUR', 'fr-FR')).to.equal('5,00');
  });

  const cases: [string, string, number | string][] = [
    ['en', '1,234.50', 123450],
    ['en', '1234.5', 123450],
    ['en', '0.01', 1],
    ['en', ' 12 ', 1200],
    ['en', '.5', 50],
    ['de', '1.234,50', 123450],
    ['de', '1234,5', 123450],
    ['fr', '1 234,50', 123450],
    ['fr', '1\u202f234,50', 123450],
    ['de-CH', "1'234.50", 123450],
    ['en', '', 'empty'],
    ['en', 'abc', 'not-a-number'],
    ['en', '12.345', 'too-many-decimals'],
    ['en', '1.005', 'too-many-decimals'],
    ['en', '0', 'zero'],
    ['en', '0.00', 'zero'],
    ['en', '-5', 'negative'],
    ['en', '1.234,50', 'not-a-number'],
    ['de', '1,234.50', 'not-a-number'],
    ['en', '1,23', 'not-a-number'],
    ['en', '1..2', 'not-a-number'],
    ['en', '99999999999999999', 'too-large'],
    ['en', '1e5', 'not-a-number'],
    // Issue 12, item 7: what Intl formats in these locales, and ASCII digits everywhere.
    ['en-IN', '1,00,000.00', 10000000],
    ['en-IN', '£1,23,45,678.90', 1234567890],
    ['en-IN', '₹1,00,000.00', 'not-a-number'],
    ['en-IN', '100,000.00', 10000000],
    ['hi-IN', '1,00,000.00', 10000000],
    ['en', '1,00,000.00', 'not-a-number'],
    ['ar-EG', '١٬٢٣٤٫٥٠', 123450],
    ['ar-EG', '1234.50', 123450],
    ['ar-EG', '1,234.50', 123450],
    ['ar-EG', '‏١٬٢٣٤٫٥٠ UK£', 123450],
    ['ar-EG', '١٬٢٣٤٫٥٠٠', 'too-many-decimals'],
    ['ar-EG', '؜-١٬٢٣٤٫٥٠', 'negative'],
    ['fa-IR', '۱۲٬۳۴۵٫۶۷', 1234567],
    ['fa-IR', '12345.67', 1234567],
    ['bn-BD', '১,০০,০০০.০০', 10000000],
    ['bn-BD', '1,00,000.00', 10000000],
    ['th-TH-u-nu-thai', '๑,๒๓๔.๕๐', 123450],
    ['he-IL', '‏1,234.50 ‏£', 123450],
    ['ur-PK', '£1,234.50', 123450],
    ['de-DE', '1.234', 123400],
    ['de-DE', '1.234,5', 123450],
    ['de-DE', '1.234.50', 'not-a-number'],
    ['de-DE', '1,234.50', 'not-a-number'],
    ['de-CH', '1’234.50', 123450],
    ['de-CH', '£ 1’234.50', 123450],
    ['fr-FR', '1 234,50 £GB', 123450],
    ['en-GB', '£1,234.50', 123450],
    ['en-GB', 'GBP 1,234.50', 123450],
    ['en-GB', '-£1,234.50', 'negative'],
    ['en-GB', '$1,234.50', 'not-a-number'],
    ['en-GB', '££1', 'not-a-number'],
    ['en-GB', '£', 'not-a-number'],
    ['en-GB', '1,234,', 'not-a-number'],
    ['en-GB', ',234', 'not-a-number'],
    ['en-GB', '1 234,567.00', 'not-a-number'],
    ['es-ES', '1234,50', 123450],
    ['es-ES', '1.234,50', 123450],
    ['en', '90,071,992,547,409.91', 9007199254740991],
    ['en', '90,071,992,547,409.92', 'too-large'],
    ['en', '900719925474099.20', 'too-large'],
  ];
  for (const [locale, input, expected] of cases) {
    it(`reads "${input}" in ${locale} as ${expected}`, () => {
      const result = parseAmount(input, 'GBP', locale);
      if (typeof expected === 'number') expect(result).to.deep.equal({ ok: true, minor: expected });
      else expect(result).to.deep.equal({ ok: false, error: expected, digits: 2 });
    });
  }
});
