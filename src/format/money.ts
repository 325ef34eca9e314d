/**
 * Money is integer minor units everywhere; only these functions turn it into text and back, and
 * only through `Intl`, so separators and decimals follow the user's locale and the currency.
 */

import { isKnownCurrency, minorDigits } from './currency.js';

export { isKnownCurrency, minorDigits };

const formatters = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = make()));
  return format;
}

/** A locale `Intl` accepts: `locale` itself, else the default one (a bad tag never throws). */
function safeLocale(locale: string): string | undefined {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0 ? locale : undefined;
  } catch {
    return undefined;
  }
}

/** Money as shown, and what a reader should know about it. */
export interface MoneyText {
  text: string;
  /**
   * `false` when `currency` is unknown or malformed: `text` is the amount in minor units followed
   * by the code as sent (`123,450 ZZZ`), and the UI should say it is in minor units.
   */
  knownCurrency: boolean;
  /**
   * `false` when `minor` is not a safe integer (beyond ±(2^53 − 1), the range JavaScript holds
   * exactly, or not a whole number at all): `text` is then not the amount the API meant.
   */
  exact: boolean;
}

/**
 * Money in every case, never throwing and never `NaN`: a known currency through `Intl`
 * (`£1,234.50`); an unknown or malformed code as minor units with the code; a value that is not
 * an integer as `—`.
 */
export function describeMoney(minor: number, currency: string, locale: string): MoneyText {
  const knownCurrency = isKnownCurrency(currency);
  const exact = Number.isSafeInteger(minor);
  const tag = safeLocale(locale);
  if (!Number.isInteger(minor)) {
    return { text: currency ? `\u2014 ${currency}` : '\u2014', knownCurrency, exact };
  }
  if (!knownCurrency) {
    const plain = cached(`${tag}|plain`, () => new Intl.NumberFormat(tag));
    const number = plain.format(toDecimalString(minor, 0) as unknown as number);
    return { text: currency ? `${number} ${currency}` : number, knownCurrency, exact };
  }
  const format = cached(
    `${tag}|${currency}`,
    () => new Intl.NumberFormat(tag, { style: 'currency', currency }),
  );
  const text = format.format(toDecimalString(minor, minorDigits(currency)) as unknown as number);
  return { text, knownCurrency, exact };
}

/**
 * `123450, 'GBP', 'en-GB'` → `£1,234.50`. Exact: the number is given to Intl as a decimal string.
 * Never throws; see {@link describeMoney} for unknown currencies and unsafe amounts.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return describeMoney(minor, currency, locale).text;
}

/**
 * `123450, 'GBP', 'de'` → `1.234,50` (no currency sign): for an amount field's value. An unknown
 * currency gives minor units (`123.450`); a value that is not an integer gives ``.
 */
export function formatAmount(minor: number, currency: string, locale: string): string {
  if (!Number.isInteger(minor)) return '';
  const digits = minorDigits(currency);
  const tag = safeLocale(locale);
  return cached(
    `${tag}|amount|${digits}`,
    () =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(toDecimalString(minor, digits) as unknown as number);
}

/**
 * Intl formats a decimal string exactly (Intl.NumberFormat v3); a float could round, and
 * `String(1e21)` is `1e+21`. `BigInt` gives every digit of an integer-valued number.
 */
function toDecimalString(minor: number, digits: number): string {
  const negative = minor < 0;
  const abs = BigInt(Math.abs(minor))
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? `.${abs.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Why an amount could not be read. */
export type AmountError =
  'empty' | 'not-a-number' | 'too-many-decimals' | 'zero' | 'negative' | 'too-large';

export type AmountResult =
  { ok: true; minor: number } | { ok: false; error: AmountError; digits: number };

/** The decimal and grouping separators of a locale, e.g. `{ decimal: ',', group: '.' }` for `de`. */
export function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

const SPACES = /[\s\u00a0\u202f]/g;
const APOSTROPHES = /['\u2019]/g;

/**
 * Reads an amount typed in the user's locale (`1,234.50` in English, `1.234,50` in German) into
 * integer minor units. Never rounds: more decimals than the currency has is an error, as are zero,
 * negatives, anything that is not a number and anything beyond the safe integer range. Grouping
 * is optional but, when used, must be in groups of three, so a separator from another locale
 * (`1.234,50` typed on an English page) is refused rather than misread.
 */
export function parseAmount(input: string, currency: string, locale: string): AmountResult {
  const digits = minorDigits(currency);
  const fail = (error: AmountError): AmountResult => ({ ok: false, error, digits });
  const { decimal, group } = separators(locale);
  // Spaces are never significant (they are the group separator in French); both apostrophes are
  // the Swiss group separator.
  let text = input.replace(SPACES, '');
  if (APOSTROPHES.test(group)) text = text.replace(APOSTROPHES, group);
  if (!text) return fail('empty');
  const negative = /^[-\u2212]/.test(text);
  if (negative || text.startsWith('+')) text = text.slice(1);
  const pieces = text.split(decimal);
  if (pieces.length > 2) return fail('not-a-number');
  const [whole = '', fraction = ''] = pieces;
  const groups = group.trim() ? whole.split(group) : [whole];
  const wellGrouped = groups.every((g, i) =>
    i === 0 ? /^\d*$/.test(g) && (groups.length === 1 || /^\d{1,3}$/.test(g)) : /^\d{3}$/.test(g),
  );
  if (!wellGrouped || !/^\d*$/.test(fraction) || !(whole + fraction)) return fail('not-a-number');
  if (fraction.length > digits) return fail('too-many-decimals');
  const minor = Number(groups.join('') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return fail('too-large');
  if (minor === 0) return fail('zero');
  if (negative) return fail('negative');
  return { ok: true, minor };
}
