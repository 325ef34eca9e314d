/**
 * The filter bar's amounts: typed in major units in the user's locale (`1.234,50` in German),
 * kept as integer minor units. The API's `min_amount`/`max_amount` carry no currency, so they are
 * read with two decimals, as every currency the API knows has (GBP, EUR).
 */
import { formatAmount, parseAmount } from '../../format/money.js';
import { cleanFilters, type ListFilters } from './list-state.js';

/** A two-decimal currency, for reading and showing amounts that carry none. */
const DECIMAL_CURRENCY = 'EUR';

export type AmountField = 'minAmount' | 'maxAmount';

/** An amount field's text as minor units: `undefined` when empty, `null` when unreadable. */
export function readAmount(text: string, locale: string): number | undefined | null {
  if (!text.trim()) return undefined;
  const result = parseAmount(text, DECIMAL_CURRENCY, locale);
  if (result.ok) return result.minor;
  return result.error === 'zero' ? 0 : null;
}

/** Minor units as an amount field shows them, e.g. `1,234.50`; '' when unset. */
export const amountText = (minor: number | undefined, locale: string) =>
  minor === undefined ? '' : formatAmount(minor, DECIMAL_CURRENCY, locale);

/** An example amount in the locale, for the error message. */
export const amountExample = (locale: string) => amountText(123450, locale);

/** The filters the form holds, and the amount fields that could not be read. */
export function readFilterForm(
  form: HTMLFormElement,
  locale: string,
): { filters: ListFilters; invalid: AmountField[] } {
  const data = new FormData(form);
  const value = (name: string) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
  const invalid: AmountField[] = [];
  const amount = (name: AmountField) => {
    const minor = readAmount(value(name), locale);
    if (minor === null) invalid.push(name);
    return minor ?? undefined;
  };
  const filters = cleanFilters({
    status: value('status'),
    tag: value('tag'),
    reference: value('reference'),
    minAmount: amount('minAmount'),
    maxAmount: amount('maxAmount'),
  });
  return { filters, invalid };
}
