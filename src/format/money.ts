/**
 * Money is integer minor units everywhere; only these functions turn it into text and back, and
 * only through `Intl`, so separators and decimals follow the user's locale and the currency.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format)
    formatters.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return format;
}

/** How many decimals the currency has (GBP and EUR: 2; JPY: 0). */
export function minorDigits(currency: string): number {
  return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `123450, 'GBP', 'en-GB'` → `£1,234.50`. Exact: the number is given to Intl as a decimal string. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return currencyFormat(locale, currency).format(
    toDecimalString(minor, minorDigits(currency)) as unknown as number,
  );
}

/** `123450, 'GBP', 'de'` → `1.234,50` (no currency sign): for an amount field's value. */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toDecimalString(minor, digits) as unknown as number);
}

/** Intl formats a decimal string exactly (Intl.NumberFormat v3); a float could round. */
function toDecimalString(minor: number, digits: number): string {
  const negative = minor < 0;
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
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
