/**
 * Ordering the rows of the shown page by a column. Text compares with the locale's collation
 * (numbers inside names in numeric order); ties fall back to newest first, then id, so the order
 * is stable whatever the API's order was.
 */
import type { ListState, SortKey } from './list-state.js';
import type { ListRow } from './provider.types.js';

/** What the columns show as text, in the user's language. */
export interface SortLabels {
  status(status: string): string;
  needs(row: ListRow): string;
  locale: string;
}

type Compare = (a: ListRow, b: ListRow) => number;

function totalOf(row: ListRow): [string, number] {
  const first = row.totals[0];
  return first ? [first.currency, first.minor] : ['', 0];
}

function comparator(key: SortKey, labels: SortLabels): Compare {
  const text = new Intl.Collator(labels.locale, { numeric: true, sensitivity: 'base' }).compare;
  switch (key) {
    case 'name':
      return (a, b) => text(a.name, b.name);
    case 'tag':
      return (a, b) => text(a.tag ?? '', b.tag ?? '');
    case 'status':
      return (a, b) => text(labels.status(a.status), labels.status(b.status));
    case 'needs':
      return (a, b) => text(labels.needs(a), labels.needs(b));
    case 'count':
      return (a, b) => a.count - b.count;
    case 'total':
      return (a, b) => {
        const [ca, ma] = totalOf(a);
        const [cb, mb] = totalOf(b);
        return ca === cb ? ma - mb : text(ca, cb);
      };
    case 'created':
      return (a, b) => a.createdTime - b.createdTime;
  }
}

const newestFirst: Compare = (a, b) =>
  b.createdTime - a.createdTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A sorted copy of `rows`. */
export function sortRows<R extends ListRow>(
  rows: readonly R[],
  sort: ListState['sort'],
  labels: SortLabels,
): R[] {
  const compare = comparator(sort.key, labels);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || newestFirst(a, b));
}
