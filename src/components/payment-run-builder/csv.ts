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

/**
 * A cell a spreadsheet would run as a formula (CSV injection) starts with one of these. Cells that
 * already start with quotes before one are quoted once more, so the import's unquoting
 * (`unquoteCell` in `parse.ts`) gives back exactly what was typed.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A plain number (an amount typed `-12.50`, `+1,234.5`): no spreadsheet runs it, so kept a number. */
const NUMBER = /^[-+]?\d[\d.,]*$/;

/**
 * One cell, safe to open in a spreadsheet: a value that could run as a formula gets a leading `'`
 * (OWASP's advice; spreadsheets show it as text), then RFC 4180 quoting.
 */
export function csvCell(typed: string): string {
  const value = FORMULA.test(typed) && !NUMBER.test(typed) ? `'${typed}` : typed;
  return /[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The rows as RFC 4180 CSV with a header row: the fields of the scheme, values as typed, except
 * that a value a spreadsheet could run as a formula starts with `'` (see `csvCell`).
 */
export function toCsv(rows: readonly Row[], scheme: Scheme): string {
  const fields = SCHEME_FIELDS[scheme];
  return [fields.map((f) => HEADERS[f]), ...rows.map((row) => fields.map((f) => row.values[f]))]
    .map((cells) => cells.map(csvCell).join(','))
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
