import {
  PAYMENT_REFERENCE_PATTERN,
  SUPPLIER_NAME_PATTERN,
  TAG_PATTERN,
} from '../../api/schemas/payment-run.js';
import { MAX_AMOUNT } from '../../api/schemas/helpers.js';
import { formatAmount, parseAmount } from '../../format/money.js';
import type { Params } from '../../i18n/translate.js';

/**
 * Pure checks of every field the builder edits. Each returns `undefined` when the value is
 * valid, else a `FieldError` whose `code` is a string-table key under `builder.error.`.
 * Inputs are first normalised (`normalize`), so `12-34-56` and `de89 3704 …` are accepted.
 */

/** How the run pays its suppliers: the currency decides (GBP: Faster Payments, EUR: SEPA). */
export type Scheme = 'fps' | 'sepa';
export const schemeOf = (currency: string): Scheme => (currency === 'EUR' ? 'sepa' : 'fps');

/**
 * Why a field is not valid. `partial` marks errors that more typing can still fix (empty, too
 * short): they wait until the user leaves the field; the others show while typing.
 */
export interface FieldError {
  code: string;
  params?: Params;
  partial?: boolean;
}

export interface CheckContext {
  scheme: Scheme;
  currency: string;
  locale: string;
}

const error = (code: string, params?: Params, partial?: boolean): FieldError => ({
  code,
  params,
  partial,
});
const REQUIRED = error('required', undefined, true);

/** The characters of `value` that `allowed` (a one-character test) refuses, deduplicated. */
function refused(value: string, allowed: RegExp): string {
  return [...new Set([...value].filter((c) => !allowed.test(c)))].join(' ');
}

/** Removes spaces and dashes: `12-34-56` → `123456`. */
export const digitsOnly = (raw: string) => raw.replace(/[\s\u00a0-]/g, '');
/** Removes every space and upper-cases: `de89 3704 0044` → `DE8937040044`. */
export const compactUpper = (raw: string) => raw.replace(/\s/g, '').toUpperCase();

/** A fixed-length string of digits (account number: 8, sort code: 6). */
function digits(value: string, length: number): FieldError | undefined {
  if (!value) return REQUIRED;
  if (/\D/.test(value)) return error('digits', { length });
  if (value.length !== length) return error('length', { length }, value.length < length);
  return undefined;
}

/**
 * IBAN lengths of the SEPA countries (ISO 13616 registry). An IBAN from elsewhere cannot be paid
 * by SEPA. Kept here (≈0.3 KB) instead of loading ibantools (3.4 KB) so the check is synchronous.
 */
const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  'AD24AL28AT20BE16BG22CH21CY28CZ24DE22DK18EE20ES24FI18FR27GB22GI23GR27HR21HU28IE22IS26IT27LI21LT20LU20LV21MC27MD24ME22MK19MT31NL18NO15PL28PT25RO24SE24SI19SK24SM27VA22'
    .match(/[A-Z]{2}\d\d/g)!
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** ISO 13616 mod-97 check of a compact, upper-case IBAN. */
export function ibanChecksumOk(iban: string): boolean {
  let remainder = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(char, 36);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

export function checkIban(value: string): FieldError | undefined {
  if (!value) return REQUIRED;
  if (/[^A-Z0-9]/.test(value)) return error('chars', { chars: refused(value, /[A-Z0-9]/) });
  const country = value.slice(0, 2);
  if (value.length < 2) return error('iban.country', undefined, true);
  const length = IBAN_LENGTHS[country];
  if (!length || !/^[A-Z]{2}\d{0,2}$/.test(value.slice(0, 4)))
    return error('iban.country', { country });
  if (value.length !== length)
    return error('iban.length', { country, length }, value.length < length);
  if (!ibanChecksumOk(value)) return error('iban.checksum');
  return undefined;
}

export function checkBic(value: string): FieldError | undefined {
  if (!value) return undefined;
  if (/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value)) return undefined;
  return error('bic', undefined, value.length < 8 && /^[A-Z0-9]*$/.test(value));
}

export function checkName(value: string): FieldError | undefined {
  if (!value) return REQUIRED;
  if (value.includes("'")) return error('name.apostrophe');
  if (!SUPPLIER_NAME_PATTERN.test(value))
    return error('chars', { chars: refused(value, SUPPLIER_NAME_PATTERN) });
  if (value.length > 140) return error('long', { max: 140 });
  return undefined;
}

export function checkReference(value: string): FieldError | undefined {
  if (!value) return REQUIRED;
  const chars = refused(value, /[0-9a-zA-Z.-]/);
  if (chars) return error('chars', { chars });
  if (!PAYMENT_REFERENCE_PATTERN.test(value)) return error('long', { max: 18 });
  return undefined;
}

export function checkTag(value: string): FieldError | undefined {
  if (!value) return undefined;
  if (!TAG_PATTERN.test(value)) return error('chars', { chars: refused(value, /[a-zA-Z0-9_-]/) });
  if (value.length > 50) return error('long', { max: 50 });
  return undefined;
}

const maxLength = (max: number) => (value: string) =>
  value.length > max ? error('long', { max }) : undefined;

/**
 * Integer minor units of an amount typed in the locale (as `Intl` writes it there, or in ASCII
 * digits), or the reason it cannot be read. Never rounded; above `MAX_AMOUNT`, the most the client
 * sends, it is `amount.too-large` with that limit in the locale (`max`).
 */
export function readAmount(raw: string, ctx: CheckContext): { minor?: number; error?: FieldError } {
  const result = parseAmount(raw, ctx.currency, ctx.locale);
  if (result.ok) return { minor: result.minor };
  if (result.error === 'empty') return { error: REQUIRED };
  const params = { digits: result.digits };
  return result.error === 'too-large'
    ? {
        error: error('amount.too-large', {
          ...params,
          max: formatAmount(MAX_AMOUNT, ctx.currency, ctx.locale),
        }),
      }
    : { error: error(`amount.${result.error}`, params) };
}

/** The fields of one payment line, in display order. */
export const ROW_FIELDS = [
  'name',
  'type',
  'accountNumber',
  'sortCode',
  'iban',
  'bic',
  'amount',
  'reference',
  'externalRef',
  'paymentRef',
  'address',
  'bankName',
  'bankCountry',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** Which fields a scheme uses; the others are kept but neither checked nor sent. */
export const SCHEME_FIELDS: Record<Scheme, readonly RowField[]> = {
  fps: ROW_FIELDS.filter((f) => f !== 'iban' && f !== 'bic'),
  sepa: ROW_FIELDS.filter((f) => f !== 'accountNumber' && f !== 'sortCode'),
};

/** What the API receives for a field typed as `raw`. */
export function normalize(field: RowField, raw: string): string {
  switch (field) {
    case 'accountNumber':
    case 'sortCode':
      return digitsOnly(raw);
    case 'iban':
    case 'bic':
    case 'bankCountry':
      return compactUpper(raw);
    default:
      return raw.trim();
  }
}

type Check = (value: string, ctx: CheckContext) => FieldError | undefined;

const checks: Partial<Record<RowField, Check>> = {
  name: checkName,
  type: (value, ctx) =>
    value === 'PERSONAL' || value === 'BUSINESS' || (!value && ctx.scheme === 'sepa')
      ? undefined
      : error('type.required', undefined, !value),
  accountNumber: (value) => digits(value, 8),
  sortCode: (value) => digits(value, 6),
  iban: checkIban,
  bic: checkBic,
  amount: (value, ctx) => readAmount(value, ctx).error,
  reference: checkReference,
  address: maxLength(150),
  bankCountry: (value) => (!value || /^[A-Z]{2}$/.test(value) ? undefined : error('country')),
};

/** Checks one field of a payment line as the user typed it. */
export function checkField(
  field: RowField,
  raw: string,
  ctx: CheckContext,
): FieldError | undefined {
  if (!SCHEME_FIELDS[ctx.scheme].includes(field)) return undefined;
  return checks[field]?.(normalize(field, raw), ctx);
}
