import { ROW_FIELDS, type RowField, type Scheme } from './validators.js';

/**
 * Reading rows pasted from a spreadsheet or a CSV file: the table (through Papa Parse, loaded on
 * first use) and which field each column holds, from the header row or from the values.
 */

/** The cells of a table pasted or imported: tab-, comma- or semicolon-separated. */
export async function parseTable(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const { data } = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: ['\t', ',', ';', '|'],
  });
  return data.map((cells) => cells.map((cell) => unquoteCell(cell).trim()));
}

/**
 * A cell as typed before an export kept a spreadsheet from running it: the `'` put before a
 * leading `=`, `+`, `-`, `@`, tab or carriage return (`csvCell` in `csv.ts`) is dropped.
 */
export const unquoteCell = (cell: string): string =>
  /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;

const key = (header: string) => header.toLowerCase().replace(/\(.*?\)|[^a-z0-9]/g, '');

/** Header names (lower case, letters and digits only) that name a field. */
const HEADERS: Record<string, RowField> = {};
const aliases: Record<RowField, string> = {
  name: 'name suppliername supplier payee payeename beneficiary beneficiaryname accountname',
  type: 'type suppliertype payeetype accounttype',
  accountNumber: 'accountnumber account accountno acctno accno',
  sortCode: 'sortcode sort',
  iban: 'iban',
  bic: 'bic swift swiftbic swiftcode bankidentifiercode',
  amount: 'amount value paymentamount sum',
  reference: 'reference paymentreference ref',
  externalRef: 'externalref externalreference invoice invoicenumber invoiceno payableid',
  paymentRef: 'paymentref paymentid',
  address: 'address supplieraddress',
  bankName: 'bankname bank',
  bankCountry: 'bankcountry country',
};
for (const field of ROW_FIELDS)
  for (const alias of aliases[field].split(' ')) HEADERS[alias] = field;

/** The field a header names: an alias above, or the label shown in the user's language. */
export function fieldOfHeader(header: string, labels: Record<string, RowField> = {}) {
  const k = key(header);
  return HEADERS[k] ?? labels[k];
}

export const labelKey = key;

/**
 * An amount as `Intl` writes it in any locale: digits of any script, `.` `,` `٫` `٬` spaces and
 * apostrophes between them, a sign, a currency symbol and direction marks around them (`£1,234.50`,
 * `١٬٢٣٤٫٥٠`). Which locale reads it is decided later, by `parseAmount`.
 */
const AMOUNT = /^[\p{Sc}\p{Cf}\s+\-\u2212]*\p{Nd}[\p{Nd}.,\s'’\u066b\u066c]*[\p{Sc}\p{Cf}\s]*$/u;

/** Guesses a column's field from its values, for tables without a header row. */
function guessColumn(values: string[]): RowField | undefined {
  const all = (test: RegExp) => values.length > 0 && values.every((v) => !v || test.test(v));
  if (all(/^(personal|business)$/i)) return 'type';
  if (all(/^\d{2}[-\s]?\d{2}[-\s]?\d{2}$/)) return 'sortCode';
  if (all(/^\d{8}$/)) return 'accountNumber';
  if (all(/^[A-Z]{2}\d{2}[A-Z0-9 ]{11,}$/i)) return 'iban';
  if (all(AMOUNT)) return 'amount';
  if (all(/^[0-9a-zA-Z.-]{1,18}$/) && values.some((v) => /\d/.test(v))) return 'reference';
  if (all(/^[A-Z]{2}$/)) return 'bankCountry';
  return undefined;
}

export interface Mapping {
  /** Whether the first line is a header row. */
  header: boolean;
  /** The field of each column, or `undefined` to ignore it. */
  columns: (RowField | undefined)[];
  /** Whether a person should check the mapping before the rows are read. */
  confirm: boolean;
}

/** The fields a run cannot do without, by scheme. */
export const requiredColumns = (scheme: Scheme): RowField[] =>
  scheme === 'sepa'
    ? ['name', 'iban', 'amount', 'reference']
    : ['name', 'accountNumber', 'sortCode', 'amount', 'reference'];

/** Maps columns by the header row when there is one, else by the values. */
export function guessMapping(
  table: string[][],
  scheme: Scheme,
  labels: Record<string, RowField> = {},
): Mapping {
  const first = table[0] ?? [];
  const byHeader = first.map((cell) => fieldOfHeader(cell, labels));
  const named = byHeader.filter(Boolean).length;
  const header = named > 0 && named >= first.filter(Boolean).length / 2;
  let columns: (RowField | undefined)[];
  if (header) columns = byHeader;
  else {
    const sample = table.slice(0, 20);
    const taken = new Set<RowField>();
    columns = first.map((_, i) => {
      const field = guessColumn(sample.map((cells) => cells[i] ?? ''));
      if (!field || taken.has(field)) return undefined;
      taken.add(field);
      return field;
    });
    // The first text column left is most likely the supplier's name.
    const name = columns.findIndex((f) => !f);
    if (name >= 0 && !taken.has('name')) columns[name] = 'name';
  }
  const duplicate = columns.some((f, i) => f && columns.indexOf(f) !== i);
  const missing = requiredColumns(scheme).some((f) => !columns.includes(f));
  return { header, columns, confirm: !header || duplicate || missing };
}

/** The rows of a table as field values, by a mapping. */
export function rowsOf(table: string[][], mapping: Mapping): Partial<Record<RowField, string>>[] {
  return table.slice(mapping.header ? 1 : 0).map((cells) => {
    const values: Partial<Record<RowField, string>> = {};
    mapping.columns.forEach((field, i) => {
      if (field && cells[i]) values[field] = field === 'type' ? cells[i].toUpperCase() : cells[i];
    });
    return values;
  });
}
