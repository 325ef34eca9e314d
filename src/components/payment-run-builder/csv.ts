import type { Row } from './rows.js';
import { SCHEME_FIELDS, type RowField, type Scheme } from './validators.js';

/** Column names of an exported file; the importer recognises them (and the API's names). */
const HEADERS: Record<RowField, string> = {
  name: 'Supplier name',
  type: 'Supplier type',
  accountNumber: 'Account number',
  sortCode: 'Sort code',
  iban: 'IBAN',
  bic: 'BIC',
  amount: 'Amount',
  reference: 'Reference',
  externalRef: 'External ref',
  paymentRef: 'Payment ref',
  address: 'Address',
  bankName: 'Bank name',
  bankCountry: 'Bank country',
};

const cell = (value: string) =>
  /[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The rows as RFC 4180 CSV with a header row: the fields of the scheme, values as typed. */
export function toCsv(rows: readonly Row[], scheme: Scheme): string {
  const fields = SCHEME_FIELDS[scheme];
  return [fields.map((f) => HEADERS[f]), ...rows.map((row) => fields.map((f) => row.values[f]))]
    .map((cells) => cells.map(cell).join(','))
    .join('\r\n');
}

/** Saves the rows as a CSV file through the browser's download. */
export function downloadCsv(rows: readonly Row[], scheme: Scheme, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([toCsv(rows, scheme)], { type: 'text/csv' }));
  link.download = `${name}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
