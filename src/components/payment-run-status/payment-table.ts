import type { ReactiveElement } from 'lit';
import type { Payment } from '../../api/schemas/payment-run.js';
import { isPaymentChangeable } from './actions.js';
import type { PaymentsState } from './payments-view.js';
import {
  filterPayments,
  rankPayments,
  sortPayments,
  type Ranks,
  type SortKey,
  type SortOrder,
} from './payments.js';

type TableKey = 'visible' | 'filter' | 'sort' | 'selection' | 'onSort' | 'onFilter' | 'onSelectAll';

/**
 * What the user chose in the payments table: its sort, its status filter and the payments
 * selected (to cancel them), with the listeners that change them. `visible` is the run's payments
 * that pass the filter, sorted; it is worked out again only when they, the sort or the filter
 * changed, so other updates keep the same array.
 */
export class PaymentTable {
  sort?: SortOrder;
  filter = '';
  selection: ReadonlySet<string> = new Set();
  /** The payments that pass the filter, sorted. */
  visible: readonly Payment[] = [];
  readonly #host: ReactiveElement;
  #ordered = false;
  /** Ranks by column of the payments in `#ranked` in `#locale`, worked out on first use. */
  #ranks = new Map<SortKey, Ranks>();
  #ranked?: readonly Payment[];
  #locale = '';

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** Sorts and filters `payments` again when they (`changed`), the sort or the filter changed. */
  order(payments: readonly Payment[], locale: string, changed: boolean): void {
    if (this.#ordered && !changed && locale === this.#locale) return;
    if (payments !== this.#ranked || locale !== this.#locale) this.#ranks.clear();
    this.#ranked = payments;
    this.#locale = locale;
    const { sort } = this;
    this.visible = sortPayments(
      filterPayments(payments, this.filter),
      sort && this.#ranksBy(sort.key, payments, locale),
      sort?.direction,
    );
    this.#ordered = true;
  }

  /** Drops from the selection what can no longer be changed (e.g. a payment that moved on). */
  keepChangeable(payments: readonly Payment[]): void {
    const changeable = new Set(
      payments.filter((p) => isPaymentChangeable(p.status)).map((p) => p.id),
    );
    if ([...this.selection].some((id) => !changeable.has(id))) {
      this.selection = new Set([...this.selection].filter((id) => changeable.has(id)));
    }
  }

  /** The table's part of `paymentsView`'s state. */
  get state(): Pick<PaymentsState, TableKey> {
    const { visible, filter, sort, selection, onSort, onFilter, onSelectAll } = this;
    return { visible, filter, sort, selection, onSort, onFilter, onSelectAll };
  }

  clearSelection(): void {
    this.#select(new Set());
  }

  readonly onSort = (event: Event) => {
    const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
    const direction =
      this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    this.#reorder();
  };

  readonly onFilter = (event: Event) => {
    this.filter = (event.currentTarget as HTMLSelectElement).value;
    this.#reorder();
  };

  readonly onSelect = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const next = new Set(this.selection);
    if (input.checked) next.add(input.dataset.id!);
    else next.delete(input.dataset.id!);
    this.#select(next);
  };

  readonly onSelectAll = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    this.#select(
      new Set(
        checked ? this.visible.filter((p) => isPaymentChangeable(p.status)).map((p) => p.id) : [],
      ),
    );
  };

  #ranksBy(key: SortKey, payments: readonly Payment[], locale: string): Ranks {
    let ranks = this.#ranks.get(key);
    if (!ranks) {
      const { compare } = new Intl.Collator(locale, { numeric: true });
      this.#ranks.set(key, (ranks = rankPayments(payments, key, compare)));
    }
    return ranks;
  }

  #select(selection: ReadonlySet<string>): void {
    this.selection = selection;
    this.#host.requestUpdate();
  }

  #reorder(): void {
    this.#ordered = false;
    this.#host.requestUpdate();
  }
}
