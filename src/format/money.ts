/**
 * Money is integer minor units everywhere; only these functions turn it into text and back, and
 * only through `Intl`, so separators and decimals follow the user's locale and the currency.
 */

import { isKnownCurrency, minorDigits, safeLocale } from './currency.js';

export { isKnownCurrency, minorDigits };
export { MAX_MINOR, parseAmount, type AmountError, type AmountResult } from './parse-amount.js';

const formatters = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = make()));
  return format;
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
export function describeMoney(minor: number | bigint, currency: string, locale: string): MoneyText {
  const knownCurrency = isKnownCurrency(currency);
  const exact = typeof minor === 'bigint' || Number.isSafeInteger(minor);
  const tag = safeLocale(locale);
  if (typeof minor === 'number' && !Number.isInteger(minor)) {
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
 * `123450, 'GBP', 'en-GB'` → `£1,234.50`. Exact: the number is given to Intl as a decimal string,
 * and `minor` may be a `bigint` (a sum of amounts beyond what a number holds exactly).
 * Never throws; see {@link describeMoney} for unknown currencies and unsafe amounts.
 */
export function formatMoney(minor: number | bigint, currency: string, locale: string): string {
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
function toDecimalString(minor: number | bigint, digits: number): string {
  const negative = minor < 0;
  const abs = (typeof minor === 'bigint' ? (negative ? -minor : minor) : BigInt(Math.abs(minor)))
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? `.${abs.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
