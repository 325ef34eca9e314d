/**
 * What the library knows about a currency code. Codes come from the API and may be new, unknown
 * or malformed (`"ZZZ"`, `"XX1"`, `""`); nothing here ever throws on one.
 */

let known: ReadonlySet<string> | undefined;

/** The ISO 4217 codes this browser's `Intl` has data for (uppercase). */
function knownCurrencies(): ReadonlySet<string> {
  known ??= new Set(
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
  );
  return known;
}

/**
 * `true` when `Intl` knows `code` (`GBP`, `EUR`, `JPY`...), so its symbol and number of decimals
 * are right. A well-formed code `Intl` has no data for (`ZZZ`) and a malformed one (`XX1`, ``)
 * are unknown: their amounts are shown in minor units, never with guessed decimals.
 */
export function isKnownCurrency(code: string): boolean {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  const codes = knownCurrencies();
  // Without `Intl.supportedValuesOf` (older engines) a well-formed code is trusted.
  return codes.size === 0 || codes.has(code);
}

const digitsByCode = new Map<string, number>();

/**
 * How many decimals the currency has: GBP and EUR 2, JPY 0, as `Intl` says. An unknown or
 * malformed code has 0: its amounts are integer minor units, shown and read as such.
 */
export function minorDigits(currency: string): number {
  if (!isKnownCurrency(currency)) return 0;
  let digits = digitsByCode.get(currency);
  if (digits === undefined) {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
    digits = options.maximumFractionDigits ?? 2;
    digitsByCode.set(currency, digits);
  }
  return digits;
}

/** A locale `Intl` accepts: `locale` itself, else the default one (a bad tag never throws). */
export function safeLocale(locale: string): string | undefined {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0 ? locale : undefined;
  } catch {
    return undefined;
  }
}
