/**
 * The whole view of `<payment-run-list>` as one value: the provider's filters, the page
 * (`offset`/`limit`) and the sort of the rows shown. A host reads it to keep it in its URL and
 * sets it to restore it; every change the user makes fires `payment-run-list-change` with it.
 */

/** The columns a user can sort the shown page by. */
export const SORT_KEYS = ['name', 'tag', 'created', 'status', 'count', 'total', 'needs'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type SortDirection = 'ascending' | 'descending';

/** Weavr's filters. Amounts are integer minor units of the run's total. */
export interface ListFilters {
  status?: string;
  /** Exact tag. */
  tag?: string;
  /** The run's `paymentRunRef`. */
  reference?: string;
  minAmount?: number;
  maxAmount?: number;
}

export interface ListState {
  filters: ListFilters;
  /** Index of the first run of the page in the API's list, 0 and up. */
  offset: number;
  /** Runs per page, 1 to 100. */
  limit: number;
  /** How the rows of the page are ordered (the API's order is unspecified). */
  sort: { key: SortKey; direction: SortDirection };
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const DEFAULT_SORT: ListState['sort'] = { key: 'created', direction: 'descending' };

const FILTER_KEYS = ['status', 'tag', 'reference', 'minAmount', 'maxAmount'] as const;

const wholeNumber = (value: unknown, min: number): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** `limit` as the API takes it: an integer from 1 to 100, else the default 20. */
export function clampLimit(limit: unknown): number {
  const n = wholeNumber(limit, 1);
  return n === undefined ? DEFAULT_LIMIT : Math.min(MAX_LIMIT, n);
}

/** Filters with empty and invalid values dropped (so two equal views compare equal). */
export function cleanFilters(filters: Partial<ListFilters> = {}): ListFilters {
  const clean: ListFilters = {};
  const status = text(filters.status);
  const tag = text(filters.tag);
  const reference = text(filters.reference);
  const minAmount = wholeNumber(filters.minAmount, 0);
  const maxAmount = wholeNumber(filters.maxAmount, 0);
  if (status) clean.status = status;
  if (tag) clean.tag = tag;
  if (reference) clean.reference = reference;
  if (minAmount !== undefined) clean.minAmount = minAmount;
  if (maxAmount !== undefined) clean.maxAmount = maxAmount;
  return clean;
}

/** Any value a host may set, as a complete and valid state. */
export function normalizeState(value: Partial<ListState> = {}): ListState {
  const sort = value.sort;
  const key = (SORT_KEYS as readonly string[]).includes(sort?.key ?? '')
    ? sort!.key
    : DEFAULT_SORT.key;
  const direction = sort?.direction === 'ascending' ? 'ascending' : 'descending';
  return {
    filters: cleanFilters(value.filters),
    offset: wholeNumber(value.offset, 0) ?? 0,
    limit: clampLimit(value.limit),
    sort: sort ? { key, direction } : { ...DEFAULT_SORT },
  };
}

export const hasFilters = (filters: ListFilters) =>
  FILTER_KEYS.some((k) => filters[k] !== undefined);

/** Same filters (the page and sort aside). */
export const sameFilters = (a: ListFilters, b: ListFilters) =>
  FILTER_KEYS.every((k) => a[k] === b[k]);

/** The 1-based range of runs a page shows, e.g. 21–40 of 137. */
export function pageRange(offset: number, shown: number, total: number) {
  return { from: shown ? offset + 1 : 0, to: offset + shown, total };
}

/** The offset of the previous or next page; undefined when there is none. */
export function turnPage(state: ListState, total: number, step: -1 | 1): number | undefined {
  const offset = state.offset + step * state.limit;
  if (step < 0) return state.offset > 0 ? Math.max(0, offset) : undefined;
  return offset < total ? offset : undefined;
}
