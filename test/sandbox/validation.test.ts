/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { eur, gbp, linkedAccount, world } from './helpers.js';

type Field = { fieldName: string; error: string; params: string[] };
const fieldsOf = (body: { syntaxErrors: { invalidFields: Field[] } }) =>
  body.syntaxErrors.invalidFields;

describe('sandbox: request validation (400) and supplier rules (409)', () => {
  it('requires 1..1000 payments', async () => {
    const w = await world();
    const none = await w.creator('POST', '/v1/payment_runs', {});
    expect(none.status).to.equal(400);
    expect(none.body.message).to.be.a('string');
    expect(fieldsOf(none.body)).to.deep.equal([
      { fieldName: 'payments', error: 'REQUIRED', params: [] },
    ]);
    const empty = await w.creator('POST', '/v1/payment_runs', { payments: [] });
    expect(fieldsOf(empty.body)).to.deep.equal([
      { fieldName: 'payments', error: 'SIZE', params: ['1', '1000'] },
    ]);
    const many = Array.from({ length: 1001 }, (_, i) => gbp(`Supplier ${i}`));
    expect(
      fieldsOf((await w.creator('POST', '/v1/payment_runs', { payments: many })).body)[0],
    ).to.deep.equal({
      fieldName: 'payments',
      error: 'SIZE',
      params: ['1', '1000'],
    });
  });

  it('answers 400 on a body that is not JSON', async () => {
    const w = await world();
    const res = await w.creator('POST', '/v1/payment_runs', '{"payments": [');
    expect(res.status).to.equal(400);
    expect(res.body.message).to.equal('Request body is not valid JSON');
  });

  it('names every invalid field with an indexed path and its kind', async () => {
    const w = await world();
    const payments = [gbp('A Ltd'), gbp('B Ltd'), gbp('C Ltd'), gbp('D Ltd')];
    const bad = payments[3] as { supplier: { bankAccountDetails: { sortCode: string } } };
    bad.supplier.bankAccountDetails.sortCode = '12-34-56';
    const res = await w.creator('POST', '/v1/payment_runs', {
      tag: 'has space',
      payments: [
        ...payments,
        {
          paymentAmount: { currency: 'USD', amount: 0 },
          reference: 'way-too-long-reference-1',
          supplier: { name: "O'Brien", type: 'CHARITY', bankAccountDetails: {} },
        },
      ],
    });
    expect(res.status).to.equal(400);
    expect(fieldsOf(res.body)).to.deep.equal([
      { fieldName: 'tag', error: 'REGEX', params: ['^[a-zA-Z0-9_-]+$'] },
      {
        fieldName: 'payments[3].supplier.bankAccountDetails.sortCode',
        error: 'SIZE',
        params: ['6', '6'],
      },
      { fieldName: 'payments[4].paymentAmount.currency', error: 'IN', params: ['GBP', 'EUR'] },
      { fieldName: 'payments[4].paymentAmount.amount', error: 'AT_LEAST', params: ['1'] },
      { fieldName: 'payments[4].reference', error: 'SIZE', params: ['1', '18'] },
      {
        fieldName: 'payments[4].supplier.name',
        error: 'REGEX',
        params: [String.raw`^[a-zA-Z0-9/\-?:().,\u2019+\s#=!"%&*<>;{@\r\n]*$`],
      },
      { fieldName: 'payments[4].supplier.type', error: 'IN', params: ['PERSONAL', 'BUSINESS'] },
      {
        fieldName: 'payments[4].supplier.bankAccountDetails',
        error: 'REQUIRES',
        params: ['accountNumber', 'sortCode', 'iban'],
      },
    ]);
  });

  it('accepts the U+2019 apostrophe in a supplier name and a reference with . and -', async () => {
    const w = await world();
    const res = await w.creator('POST', '/v1/payment_runs', {
      payments: [gbp('O\u2019Brien & Sons', 100, { reference: 'INV.2026-01' })],
    });
    expect(res.status).to.equal(200);
  });

  it('rejects a second currency in one run with 400 EXACTLY', async () => {
    const w = await world();
    const res = await w.creator('POST', '/v1/payment_runs', {
      payments: [gbp('A Ltd'), eur('B GmbH')],
    });
    expect(res.status).to.equal(400);
    expect(fieldsOf(res.body)).to.deep.equal([
      { fieldName: 'payments[1].paymentAmount.currency', error: 'EXACTLY', params: ['GBP'] },
    ]);
  });

  it('rejects details that match both bank-detail variants', async () => {
    const w = await world();
    const line = gbp('A Ltd');
    (line.supplier.bankAccountDetails as Record<string, string>).iban =
      'FR1420041010050500013M02606';
    const res = await w.creator('POST', '/v1/payment_runs', { payments: [line] });
    expect(fieldsOf(res.body)[0]).to.deep.include({
      fieldName: 'payments[0].supplier.bankAccountDetails',
      error: 'EXACTLY',
    });
  });

  it('answers 409 MISSING_SUPPLIER_TYPE for a Faster Payments supplier without type', async () => {
    const w = await world();
    const line = gbp('A Ltd');
    delete (line.supplier as { type?: string }).type;
    const res = await w.creator('POST', '/v1/payment_runs', { payments: [line] });
    expect(res.status).to.equal(409);
    expect(res.body).to.deep.equal({ errorCode: 'MISSING_SUPPLIER_TYPE' });
    expect(res.headers.has('request-ref')).to.equal(false);
  });

  it('answers 409 INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS for a rail/currency mismatch or a bad IBAN checksum', async () => {
    const w = await world();
    const gbpWithIban = { ...eur('A GmbH'), paymentAmount: { currency: 'GBP', amount: 100 } };
    const eurWithFps = { ...gbp('A Ltd'), paymentAmount: { currency: 'EUR', amount: 100 } };
    const badIban = eur('A GmbH', 100, 'FR1420041010050500013M02607');
    for (const line of [gbpWithIban, eurWithFps, badIban]) {
      const res = await w.creator('POST', '/v1/payment_runs', { payments: [line] });
      expect(res.status).to.equal(409);
      expect(res.body).to.deep.equal({ errorCode: 'INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS' });
    }
  });

  it('answers 409 BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT when paying the buyer\u2019s own linked account', async () => {
    const w = await world();
    await linkedAccount(w, 'EUR');
    const res = await w.creator('POST', '/v1/payment_runs', {
      payments: [eur('Ourselves', 100, 'NL91ABNA0417164300')],
    });
    expect(res.body).to.deep.equal({ errorCode: 'BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT' });
  });
});
