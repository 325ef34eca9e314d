import { expect } from '@open-wc/testing';
import {
  checkField,
  ibanChecksumOk,
  normalize,
  type CheckContext,
  type RowField,
} from '../../src/components/payment-run-builder/validators.js';

const GBP: CheckContext = { scheme: 'fps', currency: 'GBP', locale: 'en-GB' };
const EUR: CheckContext = { scheme: 'sepa', currency: 'EUR', locale: 'de-DE' };

/** [field, typed, expected error code or null for valid, context] */
type Case = [RowField, string, string | null, CheckContext?];

const cases: Case[] = [
  // supplier name: API pattern, U+2019 apostrophe, 1..140
  ['name', 'Acme Supplies Ltd', null],
  ['name', 'O\u2019Brien & Sons (UK), No.1 #2', null],
  ['name', "O'Brien", 'name.apostrophe'],
  ['name', 'Café', 'chars'],
  ['name', 'under_score', 'chars'],
  ['name', 'a}', 'chars'],
  ['name', '', 'required'],
  ['name', '   ', 'required'],
  ['name', 'x'.repeat(140), null],
  ['name', 'x'.repeat(141), 'long'],
  // supplier type: required for Faster Payments only
  ['type', '', 'type.required'],
  ['type', 'BUSINESS', null],
  ['type', 'PERSONAL', null],
  ['type', 'COMPANY', 'type.required'],
  ['type', '', null, EUR],
  // account number: 8 digits
  ['accountNumber', '12345678', null],
  ['accountNumber', '1234 5678', null],
  ['accountNumber', '1234567', 'length'],
  ['accountNumber', '123456789', 'length'],
  ['accountNumber', '1234567a', 'digits'],
  ['accountNumber', '', 'required'],
  // sort code: 6 digits, dashes and spaces accepted
  ['sortCode', '123456', null],
  ['sortCode', '12-34-56', null],
  ['sortCode', '12 34 56', null],
  ['sortCode', '12-34-5', 'length'],
  ['sortCode', '12/34/56', 'digits'],
  ['sortCode', '1234567', 'length'],
  // bank details of the other scheme are not checked
  ['iban', 'nonsense', null, GBP],
  ['accountNumber', 'x', null, EUR],
  // IBAN: SEPA country, length by country, mod-97, spaces and lower case accepted
  ['iban', 'DE89 3704 0044 0532 0130 00', null, EUR],
  ['iban', 'de89370400440532013000', null, EUR],
  ['iban', 'FR1420041010050500013M02606', null, EUR],
  ['iban', 'GB82WEST12345698765432', null, EUR],
  ['iban', 'DE89370400440532013001', 'iban.checksum', EUR],
  ['iban', 'DE8937040044053201300', 'iban.length', EUR],
  ['iban', 'DE893704004405320130000', 'iban.length', EUR],
  ['iban', 'US89370400440532013000', 'iban.country', EUR],
  ['iban', 'DE89-3704', 'chars', EUR],
  ['iban', '', 'required', EUR],
  // BIC: optional, 8 or 11
  ['bic', '', null, EUR],
  ['bic', 'DEUTDEFF', null, EUR],
  ['bic', 'deutdeff500', null, EUR],
  ['bic', 'DEUTDEF', 'bic', EUR],
  ['bic', 'DEUTDEFF5', 'bic', EUR],
  ['bic', 'DEUTDEFF50', 'bic', EUR],
  ['bic', '1EUTDEFF', 'bic', EUR],
  // amount in the locale: never rounded
  ['amount', '1,234.50', null],
  ['amount', '1234.5', null],
  ['amount', '0.01', null],
  ['amount', '1.234,50', null, EUR],
  ['amount', '1.234,50', 'amount.not-a-number'],
  ['amount', '1,234.50', 'amount.not-a-number', EUR],
  ['amount', '12.345', 'amount.too-many-decimals'],
  ['amount', '0', 'amount.zero'],
  ['amount', '0.00', 'amount.zero'],
  ['amount', '-5', 'amount.negative'],
  ['amount', 'abc', 'amount.not-a-number'],
  ['amount', '£12', null], // the currency's own symbol, as Intl writes it
  ['amount', '$12', 'amount.not-a-number'], // another currency's: never misread
  ['amount', '99999999999999999', 'amount.too-large'],
  ['amount', '', 'required'],
  // reference: ^[0-9a-zA-Z.-]{1,18}$ for both schemes (the schema's rule)
  ['reference', 'INV-1001', null],
  ['reference', 'A.B-C', null],
  ['reference', 'x'.repeat(18), null],
  ['reference', 'x'.repeat(19), 'long'],
  ['reference', 'INV 1001', 'chars'],
  ['reference', 'INV/1001', 'chars'],
  ['reference', 'INV_1001', 'chars', EUR],
  ['reference', '', 'required'],
  // optional fields
  ['address', '', null],
  ['address', 'x'.repeat(151), 'long'],
  ['bankCountry', 'gb', null],
  ['bankCountry', 'GBR', 'country'],
  ['externalRef', 'anything at all / _ }', null],
];

describe('builder validators', () => {
  for (const [name, raw, expected, ctx = GBP] of cases) {
    it(`${ctx.scheme} ${name} ${JSON.stringify(raw.length > 30 ? `${raw.slice(0, 12)}…(${raw.length})` : raw)} → ${expected ?? 'valid'}`, () => {
      expect(checkField(name, raw, ctx)?.code ?? null).to.equal(expected);
    });
  }

  it('marks incomplete values as partial (shown once the field is left) and wrong ones not', () => {
    expect(checkField('accountNumber', '1234', GBP)?.partial).to.equal(true);
    expect(checkField('accountNumber', '123a', GBP)?.partial).to.not.equal(true);
    expect(checkField('name', "O'B", GBP)?.partial).to.not.equal(true);
    expect(checkField('iban', 'DE89', EUR)?.partial).to.equal(true);
  });

  it('lists the characters a field refuses', () => {
    expect(checkField('reference', 'INV 1/2', GBP)?.params).to.deep.equal({ chars: '  /' });
    expect(checkField('name', 'Ça_va', GBP)?.params).to.deep.equal({ chars: 'Ç _' });
  });

  it('normalises what it accepts into what the API wants', () => {
    expect(normalize('sortCode', '12-34-56')).to.equal('123456');
    expect(normalize('accountNumber', '1234 5678')).to.equal('12345678');
    expect(normalize('iban', 'de89 3704 0044 0532 0130 00')).to.equal('DE89370400440532013000');
    expect(normalize('bic', 'deut de ff')).to.equal('DEUTDEFF');
    expect(normalize('name', '  Acme  ')).to.equal('Acme');
  });

  it('checks IBANs with mod-97', () => {
    expect(ibanChecksumOk('NL91ABNA0417164300')).to.equal(true);
    expect(ibanChecksumOk('NL91ABNA0417164301')).to.equal(false);
  });
});
