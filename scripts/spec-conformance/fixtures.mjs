/** Request bodies the scenarios send; every one is valid against the spec unless named `bad*`. */

export const fps = (name, type = 'BUSINESS', accountNumber = '70872490', sortCode = '404784') => ({
  name,
  ...(type && { type }),
  address: '1 High Street, London',
  bankName: 'Sandbox Bank',
  bankCountry: 'GB',
  bankAccountDetails: { accountNumber, sortCode },
});

export const sepa = (name) => ({
  name,
  bankCountry: 'DE',
  bankAccountDetails: { iban: 'DE89370400440532013000', bankIdentifierCode: 'COBADEFFXXX' },
});

export const line = (amount, currency, reference, supplier) => ({
  externalRef: `ext-${reference}`,
  paymentRef: `pay-${reference}`,
  paymentAmount: { currency, amount },
  reference,
  supplier,
});

export const gbpRun = (ref, names = ['Acme Supplies Ltd', 'Close Match Traders', 'Northwind']) => ({
  paymentRunRef: ref,
  tag: 'spec-check',
  description: `Spec conformance ${ref}`,
  payments: names.map((name, i) => line(10_000 * (i + 1), 'GBP', `INV-${ref}-${i}`, fps(name))),
});

export const eurRun = (ref) => ({
  paymentRunRef: ref,
  payments: [line(50_000, 'EUR', `EUR-${ref}`, sepa('Rhein Handel GmbH'))],
});

/** A run whose only line is the given supplier. */
export const oneLine = (supplier, currency = 'GBP') => ({
  payments: [line(1_000, currency, 'ONE-1', supplier)],
});

export const UNKNOWN_ID = '0123456789abcdef01234567';
