/**
 * Reading an amount typed or pasted in the user's locale back into integer minor units. What the
 * locale's conventions are is learned from `Intl` itself (`formatToParts`): its digits, decimal and
 * group separators, grouping sizes (`1,00,000` in India), minus sign and currency symbols, in its
 * own numbering system and in Latin digits. Never floats, never rounding, never a guess: an input
 * two of those conventions read differently is refused (as `not-a-number`).
 */

import { isKnownCurrency, minorDigits, safeLocale } from './currency.js';

/**
 * The largest amount in minor units, 2^53 − 1: the client's `MAX_AMOUNT` (the largest integer
 * JavaScript holds exactly). Kept here too so formatting does not import the client.
 */
export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/** Why an amount could not be read. */
export type AmountError =
  'empty' | 'not-a-number' | 'too-many-decimals' | 'zero' | 'negative' | 'too-large';

export type AmountResult =
  { ok: true; minor: number } | { ok: false; error: AmountError; digits: number };

/** One way a locale writes numbers: with or without a currency, in one numbering system. */
interface Convention {
  /** Whether it is how amounts are written with a currency (else as in an amount field). */
  money: boolean;
  decimal: string;
  group: string;
  /** Size of the group next to the decimal separator, and of the groups before it (`[3, 2]`). */
  sizes: [number, number];
}

interface Locale {
  conventions: Convention[];
  /** Digit characters → their value (the locale's own and ASCII). */
  digits: Map<string, number>;
  /** Minus signs (as the locale and ASCII write them) and `+`. */
  signs: string[];
  /** Currency symbols and codes, longest first. */
  symbols: string[];
}

/** Marks that steer right-to-left text and never mean anything in a number. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Every kind of space (NBSP, narrow NBSP, thin space...) reads as one plain space. */
const SPACE = /\s+/g;
const clean = (text: string) => text.replace(BIDI, '').replace(SPACE, ' ');
const APOSTROPHES = ["'", '\u2019'];

const cache = new Map<string, Locale>();

/** The same locale with Latin digits (`ar-EG` → `ar-EG-u-nu-latn`). */
function latin(tag: string | undefined): string {
  const { locale } = new Intl.NumberFormat(tag).resolvedOptions();
  return new Intl.Locale(locale, { numberingSystem: 'latn' }).toString();
}

function convention(parts: Intl.NumberFormatPart[]): Omit<Convention, 'money'> | undefined {
  const value = (type: string) => clean(parts.find((p) => p.type === type)?.value ?? '');
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const decimal = value('decimal');
  if (!decimal) return undefined;
  const primary = integers.length > 1 ? integers[integers.length - 1] : 3;
  const secondary = integers.length > 2 ? integers[integers.length - 2] : primary;
  return { decimal, group: value('group'), sizes: [primary, secondary] };
}

/** The text of the first part of a type (`decimal`, `group`...) in a formatted number, cleaned. */
const part = (format: Intl.NumberFormat, n: number | string, type: string) =>
  clean(format.formatToParts(n as number).find((p) => p.type === type)?.value ?? '').trim();

function learn(tag: string | undefined, currency: string): Locale {
  const conventions: Convention[] = [];
  const digits = new Map<string, number>();
  const signs = new Set(['-', '\u2212', '+']);
  // An unknown code is shown after its minor units (`123,450 ZZZ`), so it is read back too.
  const symbols = new Set(/^[A-Za-z]{3}$/.test(currency) ? [currency] : []);
  const known = isKnownCurrency(currency);
  for (const system of [tag, latin(tag)]) {
    const fixed = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    const plain = new Intl.NumberFormat(system, fixed);
    const styles = [plain];
    for (const currencyDisplay of known ? (['symbol', 'narrowSymbol', 'code'] as const) : []) {
      const money = new Intl.NumberFormat(system, {
        ...fixed,
        style: 'currency',
        currency,
        currencyDisplay,
      });
      styles.push(money);
      const symbol = part(money, 1, 'currency');
      if (!/\d/.test(symbol)) symbols.add(symbol);
    }
    for (const style of styles) {
      const found = convention(style.formatToParts('1234567890123456.5' as unknown as number));
      if (found) conventions.push({ ...found, money: style !== plain });
    }
    for (let d = 0; d <= 9; d++) digits.set(part(plain, d, 'integer'), d);
    signs.add(part(plain, -1, 'minusSign'));
  }
  signs.delete('');
  symbols.delete('');
  return {
    conventions,
    digits,
    signs: [...signs],
    symbols: [...symbols].sort((a, b) => b.length - a.length),
  };
}

function localeOf(tag: string, currency: string): Locale {
  const key = `${tag}|${currency}`;
  let locale = cache.get(key);
  if (!locale) cache.set(key, (locale = learn(safeLocale(tag), currency)));
  return locale;
}

/** Whether groups (most significant first) follow a size pattern: `[3, 2]` is `1,00,000`. */
function grouped(groups: string[], [primary, secondary]: [number, number]): boolean {
  const last = groups.length - 1;
  return groups.every((g, i) =>
    i === last
      ? g.length === primary
      : i === 0
        ? g.length >= 1 && g.length <= secondary
        : g.length === secondary,
  );
}

/** The digits before and after the decimal separator, by one convention, or `undefined`. */
function read(core: string, locale: Locale, c: Convention): [string, string] | undefined {
  const groupChars = new Set([' ', c.group, ...(APOSTROPHES.includes(c.group) ? APOSTROPHES : [])]);
  let whole = '';
  let fraction: string | undefined;
  let groupChar: string | undefined;
  const groups: string[] = [];
  for (const char of core) {
    const digit = locale.digits.get(char);
    if (digit !== undefined) {
      if (fraction === undefined) whole += digit;
      else fraction += digit;
    } else if (char === c.decimal && fraction === undefined) {
      fraction = '';
    } else if (groupChars.has(char) && fraction === undefined && (groupChar ?? char) === char) {
      groupChar = char;
      groups.push(whole.slice(groups.join('').length));
    } else return undefined;
  }
  if (groups.length) {
    groups.push(whole.slice(groups.join('').length));
    if (!grouped(groups, c.sizes) && !grouped(groups, [3, 3])) return undefined;
  }
  if (!whole && !fraction) return undefined;
  return [whole, fraction ?? ''];
}

/** Removes a currency symbol and a sign from either end of the text. */
function unwrap(
  text: string,
  locale: Locale,
): { core: string; negative: boolean; symbol: boolean } | undefined {
  let core = text;
  let symbol = false;
  let sign = '';
  for (;;) {
    const end = (list: string[]) => list.find((s) => core.startsWith(s) || core.endsWith(s));
    const found = (!symbol && end(locale.symbols)) || (!sign && end(locale.signs));
    if (!found) break;
    if (!symbol && locale.symbols.includes(found)) symbol = true;
    else sign = found;
    core = (
      core.startsWith(found) ? core.slice(found.length) : core.slice(0, -found.length)
    ).trim();
  }
  return core ? { core, negative: !!sign && sign !== '+', symbol } : undefined;
}

/** `007.50` → `7.5`: a reading's exact value, for telling whether two readings agree. */
const value = ([whole, fraction]: [string, string]) =>
  `${whole.replace(/^0+/, '')}.${fraction.replace(/0+$/, '')}`;

/**
 * Reads an amount typed in the user's locale (`1,234.50` in English, `1.234,50` in German,
 * `1,00,000.00` in India, `١٬٢٣٤٫٥٠` in Egypt, with or without the currency's symbol, and always
 * in ASCII digits too) into integer minor units. Never rounds: more decimals than the currency has
 * is an error, as are zero, negatives, anything that is not a number, anything the locale's
 * conventions read two ways (refused as `not-a-number`), and anything above {@link MAX_MINOR}. Grouping is optional but, when
 * used, must follow the locale's group sizes (or groups of three), so a separator from another
 * locale (`1.234,50` typed on an English page) is refused rather than misread.
 */
export function parseAmount(input: string, currency: string, tag: string): AmountResult {
  const digits = minorDigits(currency);
  const fail = (error: AmountError): AmountResult => ({ ok: false, error, digits });
  const text = clean(String(input ?? '')).trim();
  if (!text) return fail('empty');
  const locale = localeOf(tag, currency);
  const parts = unwrap(text, locale);
  if (!parts) return fail('not-a-number');
  // With a currency symbol the currency's conventions come first, else the amount field's own
  // (they differ in a few locales: `en-DE` writes `1.234,50` but `£1,234.50`); the others only
  // when those read nothing. Two readings that differ are refused, never chosen between.
  const readWith = (money: boolean) =>
    locale.conventions
      .filter((c) => c.money === money)
      .map((c) => read(parts.core, locale, c))
      .filter((r): r is [string, string] => !!r);
  let readings = readWith(parts.symbol);
  if (!readings.length) readings = readWith(!parts.symbol);
  if (!readings.length) return fail('not-a-number');
  // No locale Intl knew when this was written has two such readings; refused should one come.
  if (readings.some((r) => value(r) !== value(readings[0]))) return fail('not-a-number');
  const [whole] = readings[0];
  const fraction = readings.map((r) => r[1]).reduce((a, b) => (b.length > a.length ? b : a));
  if (fraction.length > digits) return fail('too-many-decimals');
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  if (minor > BigInt(MAX_MINOR)) return fail('too-large');
  if (minor === 0n) return fail('zero');
  if (parts.negative) return fail('negative');
  return { ok: true, minor: Number(minor) };
}
