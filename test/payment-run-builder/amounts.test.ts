import { expect } from '@open-wc/testing';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import { MAX_AMOUNT } from '../../src/api/index.js';
import { MAX_MINOR } from '../../src/format/money.js';
import { guessMapping } from '../../src/components/payment-run-builder/parse.js';
import { $, builder, errorOf, field, fillRow, GOOD_FPS, type } from './helpers.js';

/** The amount the builder's request carries for row 0, if the row is valid. */
const sent = (el: Awaited<ReturnType<typeof builder>>) =>
  el.request.payments[0]?.paymentAmount.amount;

describe('<payment-run-builder> reads amounts as its locale writes them', () => {
  it('accepts its own hint and ASCII digits in ar-EG', async () => {
    const el = await builder({ locale: 'ar-EG' });
    await fillRow(el, 0, { ...GOOD_FPS, amount: 'abc' });
    const message = errorOf(el, 0, 'amount')!;
    const hint = /e\.g\. (.+)\.$/.exec(message)?.[1];
    expect(hint, message).to.equal('١٬٢٣٤٫٥٠');
    await type(el, 0, 'amount', hint!);
    expect(errorOf(el, 0, 'amount')).to.equal(undefined);
    expect(sent(el)).to.equal(123450);
    await type(el, 0, 'amount', '1234.50');
    expect(errorOf(el, 0, 'amount')).to.equal(undefined);
    expect(sent(el)).to.equal(123450);
    expect(field(el, 0, 'amount').value).to.equal('١٬٢٣٤٫٥٠');
  });

  for (const [locale, text, shown] of [
    ['en-IN', '1,00,000.00', '1,00,000.00'],
    ['hi-IN', '1,00,000.00', '1,00,000.00'],
    ['fa-IR', '۱۰۰٬۰۰۰٫۰۰', '۱۰۰٬۰۰۰٫۰۰'],
    ['bn-BD', '1,00,000.00', '১,০০,০০০.০০'],
  ]) {
    it(`accepts ${text} in ${locale}`, async () => {
      const el = await builder({ locale });
      await fillRow(el, 0, { ...GOOD_FPS, amount: text });
      expect(errorOf(el, 0, 'amount')).to.equal(undefined);
      expect(sent(el)).to.equal(10000000);
      expect(field(el, 0, 'amount').value).to.equal(shown);
    });
  }
});

describe('<payment-run-builder> refuses amounts the client cannot send exactly', () => {
  it('uses the same limit as the client', () => {
    expect(MAX_MINOR).to.equal(MAX_AMOUNT);
  });

  it('totals amounts beyond what a number holds exactly without rounding', async () => {
    const el = await builder({ locale: 'en-GB' });
    await type(el, 0, 'amount', '90,071,992,547,409.91');
    $(el, '.add button')!.click();
    await el.updateComplete;
    await type(el, 1, 'amount', '0.02');
    // 2^53 + 1 pence: as a float the sum would be 2^53 (…409.92).
    expect($(el, '.totals')!.textContent).to.contain('£90,071,992,547,409.93');
  });

  it('accepts MAX_AMOUNT itself, exactly', async () => {
    const el = await builder({ locale: 'en-GB' });
    await fillRow(el, 0, { ...GOOD_FPS, amount: '90,071,992,547,409.91' });
    expect(errorOf(el, 0, 'amount')).to.equal(undefined);
    expect(sent(el)).to.equal(MAX_AMOUNT);
  });

  // errorOf turns every space (the French narrow no-break ones too) into a plain one.
  for (const [locale, text, message] of [
    ['en-GB', '90,071,992,547,409.92', 'A payment can be at most 90,071,992,547,409.91.'],
    [
      'de-DE',
      '100.000.000.000.000.000',
      'Eine Zahlung kann höchstens 90.071.992.547.409,91 betragen.',
    ],
    ['fr-FR', '1e21', 'Saisissez un montant, par exemple 1 234,50.'],
    ['fr-FR', '9007199254740992', 'Un paiement ne peut pas dépasser 90 071 992 547 409,91.'],
  ]) {
    it(`refuses ${text} in ${locale} with a message, never NaN or a rounded amount`, async () => {
      const el = await builder({ locale });
      await fillRow(el, 0, { ...GOOD_FPS, amount: text });
      expect(errorOf(el, 0, 'amount')).to.equal(message);
      expect(field(el, 0, 'amount').value).to.equal(text);
      // Not read at all (an invalid row's amount stays unset, 0 in the draft request).
      expect(sent(el)).to.equal(0);
      expect(el.shadowRoot!.textContent).to.not.include('NaN');
    });
  }
});

describe('<payment-run-builder> import finds amounts as Intl writes them', () => {
  for (const amounts of [
    ['١٬٢٣٤٫٥٠', '\u200f٥٠٫٠٠'],
    ['£1,234.50', '-£2.00'],
    ['1\u202f234,50\u00a0€', '12,00 €'],
    ['1,00,000.00', '12.50'],
  ]) {
    it(`guesses the amount column of a table without a header: ${amounts.join(' ')}`, () => {
      const table = amounts.map((amount, i) => [`Supplier ${i}`, '12345678', '12-34-56', amount]);
      expect(guessMapping(table, 'fps').columns).to.deep.equal([
        'name',
        'accountNumber',
        'sortCode',
        'amount',
      ]);
    });
  }
});
