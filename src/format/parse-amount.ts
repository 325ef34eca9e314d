/**
 * Reading an amount typed or pasted in the user's locale back into integer minor units. What the
 * locale's conventions are is learned from `Intl` itself (`formatToParts`): its digits, decimal and
 * group separators, grouping sizes (`1,00,000` in India), minus sign and currency symbols, in its
 * own numbering system and in Latin digits. Never floats, never rounding, never a guess: an input
 * two of those conventions read differently is refused as ambiguous.
 */

import { isKnownCurrency, minorDigits } from './currency.js';

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
  signs: { minus: string[]; plus: string[] };
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

/** A locale tag `Intl` accepts, else `undefined` (the default locale); never throws. */
function safeTag(tag: string): string | undefined {
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length > 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The same locale with Latin digits (`ar-EG` → `ar-EG-u-nu-latn`). */
function latin(tag: string | undefined): string {
  try {
    return new Intl.Locale(tag ?? new Intl.NumberFormat().resolvedOptions().locale, {
      numberingSystem: 'latn',
    }).toString();
  } catch {
    return 'en';
  }
}

function convention(parts: Intl.NumberFormatPart[], money: boolean): Convention | undefined {
  const value = (type: string) => clean(parts.find((p) => p.type === type)?.value ?? '');
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const decimal = value('decimal');
  if (!decimal) return undefined;
  const primary = integers.length > 1 ? integers[integers.length - 1] : 3;
  const secondary = integers.length > 2 ? integers[integers.length - 2] : primary;
  return { money, decimal, group: value('group'), sizes: [primary, secondary] };
}

function learn(tag: string | undefined, currency: string): Locale {
  const conventions: Convention[] = [];
  const digits = new Map<string, number>();
  const minus = new Set(['-', '\u2212']);
  const plus = new Set(['+']);
  const symbols = new Set<string>();
  const known = isKnownCurrency(currency);
  // An unknown code is shown after its minor units (`123,450 ZZZ`), so it is read back too.
  if (/^[A-Za-z]{3}$/.test(currency)) symbols.add(currency);
  for (const system of [tag, latin(tag)]) {
    const fixed = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    const plain = new Intl.NumberFormat(system, fixed);
    const styles = [plain];
    if (known) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
        const money = new Intl.NumberFormat(system, {
          ...fixed,
          style: 'currency',
          currency,
          currencyDisplay,
        });
        styles.push(money);
        const symbol = money.formatToParts(1).find((p) => p.type === 'currency')?.value;
        if (symbol && !/\d/.test(symbol)) symbols.add(clean(symbol).trim());
      }
    }
    for (const style of styles) {
      const parts = style.formatToParts('1234567890123456.5' as unknown as number);
      const found = convention(parts, style !== plain);
      if (found && !conventions.some((c) => JSON.stringify(c) === JSON.stringify(found)))
        conventions.push(found);
    }
    const whole = new Intl.NumberFormat(system, { useGrouping: false });
    for (let d = 0; d <= 9; d++) digits.set(clean(whole.format(d)), d);
    const signed = new Intl.NumberFormat(system, { signDisplay: 'always' });
    for (const [n, set] of [
      [-1, minus],
      [1, plus],
    ] as const) {
      const sign = signed.formatToParts(n).find((p) => p.type.endsWith('Sign'))?.value;
      if (sign && clean(sign).trim()) set.add(clean(sign).trim());
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    conventions,
    digits,
    signs: { minus: [...minus], plus: [...plus] },
    symbols: [...symbols].filter(Boolean).sort(byLength),
  };
}

function localeOf(tag: string, currency: string): Locale {
  const key = `${tag}|${currency}`;
  let locale = cache.get(key);
  if (!locale) cache.set(key, (locale = learn(safeTag(tag), currency)));
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
  let core = text.trim();
  let symbol = false;
  let sign: boolean | undefined;
  for (let changed = true; changed;) {
    changed = false;
    const ends = (s: string) => core.startsWith(s) || core.endsWith(s);
    const cut = (s: string) => {
      core = (core.startsWith(s) ? core.slice(s.length) : core.slice(0, -s.length)).trim();
      changed = true;
    };
    const found = symbol ? undefined : locale.symbols.find(ends);
    if (found) {
      symbol = true;
      cut(found);
      continue;
    }
    if (sign !== undefined) continue;
    const minus = locale.signs.minus.find(ends);
    const plus = locale.signs.plus.find(ends);
    if (minus || plus) {
      sign = !!minus;
      cut((minus ?? plus)!);
    }
  }
  return core ? { core, negative: sign === true, symbol } : undefined;
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

/** The decimal and grouping separators of a locale, e.g. `{ decimal: ',', group: '.' }` for `de`. */
export function separators(tag: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(safeTag(tag)).formatToParts(1234567.5);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}
