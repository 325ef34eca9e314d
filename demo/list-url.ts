/**
 * The page keeps `<payment-run-list>`'s view (filters, page, sort) in its URL's query, so a
 * reload or a shared link shows the same runs: `?status=…&tag=…&reference=…&min=…&max=…&offset=…
 * &sort=created:descending`. The element validates what it is given; this only carries it.
 */
import type { ListState, SortKey } from '../src/payment-run-list.js';

const number = (value: string | null): number | undefined =>
  value !== null && /^\d+$/.test(value) ? Number(value) : undefined;

/** The list's state from the URL, over `current` (what the element shows now). */
export function listStateFromUrl(current: ListState): ListState {
  const query = new URLSearchParams(location.search);
  const [key, direction] = (query.get('sort') ?? '').split(':');
  return {
    filters: {
      status: query.get('status') ?? undefined,
      tag: query.get('tag') ?? undefined,
      reference: query.get('reference') ?? undefined,
      minAmount: number(query.get('min')),
      maxAmount: number(query.get('max')),
    },
    offset: number(query.get('offset')) ?? 0,
    limit: current.limit,
    sort:
      key && (direction === 'ascending' || direction === 'descending')
        ? { key: key as SortKey, direction }
        : current.sort,
  };
}

/** Writes the list's state into the URL's query, keeping the hash (the run shown). */
export function writeListStateToUrl(state: ListState): void {
  const query = new URLSearchParams();
  const { status, tag, reference, minAmount, maxAmount } = state.filters;
  if (status) query.set('status', status);
  if (tag) query.set('tag', tag);
  if (reference) query.set('reference', reference);
  if (minAmount !== undefined) query.set('min', String(minAmount));
  if (maxAmount !== undefined) query.set('max', String(maxAmount));
  if (state.offset) query.set('offset', String(state.offset));
  query.set('sort', `${state.sort.key}:${state.sort.direction}`);
  history.replaceState(null, '', `${location.pathname}?${query}${location.hash}`);
}
