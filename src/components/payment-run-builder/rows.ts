import type { PaymentCreate } from '../../api/schemas/payment-run.js';
import { formatAmount } from '../../format/money.js';
import {
  ROW_FIELDS,
  SCHEME_FIELDS,
  checkField,
  normalize,
  readAmount,
  type CheckContext,
  type FieldError,
  type RowField,
} from './validators.js';

/** The API's limit of payments in one run. */
export const MAX_ROWS = 1000;

export type RowValues = Record<RowField, string>;

/**
 * One payment line. Kept outside Lit's reactive state: a keystroke changes one row and
 * re-renders that row alone (through `render`, set by the row directive).
 */
export interface Row {
  readonly id: number;
  /** What the user typed, field by field. */
  values: RowValues;
  /** Client-side problems, by field. */
  errors: Partial<Record<RowField, FieldError>>;
  /** Problems the API reported for the last submit; dropped when the field is edited. */
  server: Partial<Record<RowField, FieldError>>;
  /**
   * Fields whose incomplete values show as errors: left after being typed in (an empty field
   * tabbed past is not "Required" yet), all of them after a submit attempt or an import.
   */
  touched: Set<RowField>;
  /** Fields the user typed in, even if emptied again. */
  edited: Set<RowField>;
  /** The amount in minor units, when it is valid. */
  minor?: number;
  /** Whether the optional details are shown. */
  open: boolean;
  /** The element the row is rendered in, once it was on screen. */
  element?: HTMLElement;
  /** Re-renders this row alone, once it was on screen. */
  render?: () => void;
}

const emptyValues = (): RowValues =>
  Object.fromEntries(ROW_FIELDS.map((f) => [f, ''])) as RowValues;

/** The error a user should see now on a field, if any. */
export function shownError(row: Row, field: RowField): FieldError | undefined {
  const client = row.errors[field];
  return (
    row.server[field] ??
    (client && (!client.partial || row.touched.has(field)) ? client : undefined)
  );
}

/**
 * A valid value as the builder shows it once understood, the same whether it was typed, pasted or
 * imported: `123456` → `12-34-56`, `30` → `30.00`, an IBAN in groups of four.
 */
export function tidy(row: Row, field: RowField, ctx: CheckContext): string {
  const value = normalize(field, row.values[field]);
  if (field === 'sortCode') return value.replace(/(\d\d)(?=\d)/g, '$1-');
  if (field === 'iban') return value.replace(/(.{4})(?=.)/g, '$1 ');
  if (field === 'amount' && row.minor !== undefined)
    return formatAmount(row.minor, ctx.currency, ctx.locale);
  return value;
}

/** An error as the user sees it in the summary: where, and what. */
export interface ErrorEntry {
  row?: Row;
  index: number;
  field: string;
  error: FieldError;
}

let nextId = 1;

/**
 * The rows of a run and everything derived from them (totals, error counts, the request),
 * maintained incrementally so 1000 rows stay cheap to edit.
 */
export class RowStore {
  rows: Row[] = [];
  readonly byId = new Map<number, Row>();
  /**
   * Sum of the valid amounts, in minor units: a `bigint`, as 1000 amounts of up to `MAX_AMOUNT`
   * can add up to more than a number holds exactly.
   */
  total = 0n;
  /** How many rows have a valid amount. */
  counted = 0;
  ctx: CheckContext;

  constructor(ctx: CheckContext) {
    this.ctx = ctx;
  }

  /**
   * A new, checked row (not yet in the list), its valid values tidied as if typed and left.
   * `touched` shows every problem at once (rows pasted, imported or added from code).
   */
  create(values: Partial<RowValues> = {}, touched = false): Row {
    const row: Row = {
      id: nextId++,
      values: { ...emptyValues(), ...values },
      errors: {},
      server: {},
      touched: new Set(touched ? ROW_FIELDS : []),
      edited: new Set(),
      open: false,
    };
    row.open = ['externalRef', 'paymentRef', 'address', 'bankName', 'bankCountry'].some(
      (f) => row.values[f as RowField],
    );
    this.#checkRow(row);
    for (const field of ROW_FIELDS) this.tidy(row, field);
    return row;
  }

  /** Shows a valid value as it was understood (`tidy`); an invalid one stays as typed. */
  tidy(row: Row, field: RowField): void {
    if (row.errors[field] || !row.values[field]) return;
    const shown = tidy(row, field, this.ctx);
    if (shown !== row.values[field]) this.set(row, field, shown);
  }

  insert(index: number, ...rows: Row[]): void {
    this.rows.splice(index, 0, ...rows);
    for (const row of rows) {
      this.byId.set(row.id, row);
      this.#count(row, 1);
    }
  }

  remove(row: Row): number {
    const index = this.rows.indexOf(row);
    if (index >= 0) {
      this.rows.splice(index, 1);
      this.byId.delete(row.id);
      this.#count(row, -1);
    }
    return index;
  }

  clear(): void {
    this.rows = [];
    this.byId.clear();
    this.total = 0n;
    this.counted = 0;
  }

  /** Records what the user typed in one field and checks that field alone. */
  set(row: Row, field: RowField, raw: string): void {
    row.values[field] = raw;
    delete row.server[field];
    if (field === 'amount') this.#count(row, -1);
    this.#check(row, field);
    if (field === 'amount') this.#count(row, 1);
  }

  /** Re-checks every row, e.g. after the currency or the locale changed. */
  recheck(ctx: CheckContext): void {
    this.ctx = ctx;
    this.total = 0n;
    this.counted = 0;
    for (const row of this.rows) {
      this.#checkRow(row);
      this.#count(row, 1);
    }
  }

  /** Every error a user sees now, in row and field order; at most `limit` of them. */
  shownErrors(limit = Infinity): { entries: ErrorEntry[]; count: number } {
    const entries: ErrorEntry[] = [];
    let count = 0;
    this.rows.forEach((row, index) => {
      for (const field of ROW_FIELDS) {
        const error = shownError(row, field);
        if (!error) continue;
        if (++count <= limit) entries.push({ row, index, field, error });
      }
    });
    return { entries, count };
  }

  /** Whether any row has a client-side error, shown or not. */
  get invalid(): boolean {
    return this.rows.some((row) => Object.keys(row.errors).length > 0);
  }

  /** The `payments` of the request, as the API wants them. */
  payments(): PaymentCreate[] {
    const fields = SCHEME_FIELDS[this.ctx.scheme];
    return this.rows.map((row) => {
      const v = (field: RowField) =>
        fields.includes(field) ? normalize(field, row.values[field]) : '';
      const optional = (key: string, value: string) => (value ? { [key]: value } : {});
      return {
        ...optional('externalRef', v('externalRef')),
        ...optional('paymentRef', v('paymentRef')),
        paymentAmount: { currency: this.ctx.currency, amount: row.minor ?? 0 },
        reference: v('reference'),
        supplier: {
          name: v('name'),
          ...(v('type') && { type: v('type') }),
          ...optional('address', v('address')),
          ...optional('bankName', v('bankName')),
          ...optional('bankCountry', v('bankCountry')),
          bankAccountDetails:
            this.ctx.scheme === 'sepa'
              ? { iban: v('iban'), ...optional('bankIdentifierCode', v('bic')) }
              : { accountNumber: v('accountNumber'), sortCode: v('sortCode') },
        },
      };
    });
  }

  clearServerErrors(): void {
    for (const row of this.rows) {
      if (Object.keys(row.server).length) {
        row.server = {};
        row.render?.();
      }
    }
  }

  #check(row: Row, field: RowField): void {
    const error = checkField(field, row.values[field], this.ctx);
    if (error) row.errors[field] = error;
    else delete row.errors[field];
    if (field === 'amount')
      row.minor = error ? undefined : readAmount(row.values.amount, this.ctx).minor;
  }

  #checkRow(row: Row): void {
    row.errors = {};
    for (const field of ROW_FIELDS) this.#check(row, field);
  }

  #count(row: Row, sign: 1 | -1): void {
    if (row.minor === undefined) return;
    this.total += BigInt(sign * row.minor);
    this.counted += sign;
  }
}
