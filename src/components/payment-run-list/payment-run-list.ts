import { TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConfigurationError } from '../../api/errors/configuration-error.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { apiErrorStrings, errorText } from '../../i18n/api-errors.js';
import { runStatusStrings, statusLabel } from '../../i18n/status-labels.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { buttons, fields, skeleton, theme } from '../../styles/theme.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import { emit } from '../shared/emit.js';
import { rolesConverter } from '../shared/roles.js';
import './events.js';
import { readFilterForm, type AmountField } from './filter-form.js';
import {
  clampLimit,
  cleanFilters,
  DEFAULT_LIMIT,
  DEFAULT_SORT,
  hasFilters,
  normalizeState,
  turnPage,
  type ListFilters,
  type ListState,
  type SortKey,
} from './list-state.js';
import { ListSync } from './list-sync.js';
import { styles } from './payment-run-list.styles.js';
import type { ListProvider, ListRow, ProviderName } from './provider.types.js';
import { RowFocus } from './row-focus.js';
import { sortRows } from './sort-rows.js';
import { listStrings } from './strings.js';
import { tableView } from './table-view.js';
import {
  alertView,
  emptyView,
  filterBarView,
  noMatchView,
  pagerView,
  skeletonView,
} from './views.js';
import { weavrProvider } from './weavr-provider.js';

/**
 * The payment runs a user can see, a page at a time: each run's name, tag, creation date, status
 * (in the words and colours of `<payment-run-status>`), number of payments, total in its currency
 * and what it needs next. The provider's filters are attributes and a filter bar; filters, page and
 * sort are one `state` a host can keep in its URL. Sorting orders the shown page (the API's order
 * is unspecified). Stays current by polling while a shown run can change, or by `applyUpdate()`.
 *
 * @summary The payment runs a user can see: filter, page, sort, open one.
 * @tag payment-run-list
 *
 * @fires {CustomEvent<PaymentRunSelectDetail>} payment-run-select - Cancelable: the user opened a run (`{ paymentRun, provider }`); `preventDefault()` if the host navigates itself.
 * @fires {CustomEvent<PaymentRunListChangeDetail>} payment-run-list-change - The user changed the filters, the page or the sort (`{ state }`).
 * @fires {CustomEvent<PaymentRunErrorDetail>} payment-run-error - Reading a page failed (`{ error, action: 'load' }`), or an opened run did not match the API's schema (`action: 'select'`).
 *
 * @slot empty - The host's call to action when there are no runs at all (e.g. a link to create one).
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The filter bar.
 * @csspart table - The table of runs (stacked cards in a narrow box).
 * @csspart pager - The page range and the previous/next buttons.
 * @csspart skeleton - The placeholder while loading.
 * @csspart empty - The message when there are no runs at all, around the `empty` slot.
 *
 * @cssprop --pr-payment-run-list-gap - Space between the parts (default `--pr-space-m`).
 *
 * @cssstate loading - A page is being read.
 * @cssstate error - The last read failed.
 */
export class PaymentRunListElement extends PaymentRunElement {
  static override styles = [theme, buttons, fields, skeleton, styles];

  /** Whose runs to list: `weavr` (this version), `zuora` (coming). */
  @property({ reflect: true }) provider: ProviderName = 'weavr';

  /** Only runs in this status, e.g. `PENDING_CONFIRMATION`. */
  @property({ reflect: true }) status?: string;

  /** Only runs with exactly this tag. */
  @property({ reflect: true }) tag?: string;

  /** Only the run with this `paymentRunRef`. */
  @property({ reflect: true }) reference?: string;

  /** Only runs whose total is at least this, integer minor units. */
  @property({ type: Number, reflect: true, attribute: 'min-amount' }) minAmount?: number;

  /** Only runs whose total is at most this, integer minor units. */
  @property({ type: Number, reflect: true, attribute: 'max-amount' }) maxAmount?: number;

  /** Runs per page, 1 to 100. */
  @property({ type: Number, reflect: true }) limit = DEFAULT_LIMIT;

  /** Id of the run the host shows; its row is marked `aria-current`. */
  @property({ attribute: 'selected-id' }) selectedId?: string;

  /** The user's roles, e.g. `"CONTROLLER"`: runs awaiting them say "Awaiting your confirmation". */
  @property({ converter: rolesConverter }) roles?: string[];

  /** Milliseconds between polls while a shown run can still change; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 10_000;

  /** Longest wait between polls the backoff reaches, ms. */
  @property({ type: Number, attribute: 'poll-max-interval' }) pollMaxInterval = 120_000;

  @state() private offset = 0;
  @state() private sort: ListState['sort'] = { ...DEFAULT_SORT };
  @state() private invalid: AmountField[] = [];
  @state() private announcement = '';

  private readonly i18n = new I18nController(this, {
    ...apiErrorStrings,
    ...runStatusStrings,
    ...listStrings,
  });
  private readonly internals = this.attachInternals();
  private rows: ListRow[] = [];
  private announceNext = false;
  private weavr?: ListProvider<PaymentRun>;

  private readonly sync = new ListSync(this, {
    state: () => this.state,
    key: () => [
      this.provider,
      this.status,
      this.tag,
      this.reference,
      this.minAmount,
      this.maxAmount,
      this.offset,
      clampLimit(this.limit),
      this.client,
      this.apiBase,
      this.tokenEndpoint,
    ],
    provider: () => this.activeProvider(),
    roles: () => this.roles,
    configured: () => this.configured,
    interval: () => this.pollInterval,
    maxInterval: () => this.pollMaxInterval,
    loaded: (page) => {
      if (this.announceNext) {
        this.announceNext = false;
        this.announcement = this.i18n.t('list.found', { count: page.total });
      }
    },
    failed: (error) => emit(this, 'payment-run-error', { error, action: 'load' }),
  });

  private readonly rowFocus = new RowFocus(this, () => this.rows);

  /** The whole view: filters, page (`offset`, `limit`) and sort. Set it to restore a view. */
  get state(): ListState {
    return normalizeState({
      filters: this.filters,
      offset: this.offset,
      limit: this.limit,
      sort: this.sort,
    });
  }

  set state(value: Partial<ListState>) {
    const next = normalizeState(value);
    this.setFilters(next.filters);
    this.offset = next.offset;
    this.limit = next.limit;
    this.sort = next.sort;
  }

  private get filters(): ListFilters {
    const { status, tag, reference, minAmount, maxAmount } = this;
    return cleanFilters({ status, tag, reference, minAmount, maxAmount });
  }

  private get configured(): boolean {
    try {
      return !!this.api;
    } catch {
      return false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.viewFailure !== undefined) return;
    if (changed.has('roles')) this.sync.rebuild();
    const shown = this.sync.shown?.rows ?? [];
    const { t, locale } = this.i18n;
    this.rows = sortRows(shown, this.sort, {
      locale,
      status: (s) => statusLabel(t, 'run', s),
      needs: (row) => t(`list.needs.${row.needs}`),
    });
  }

  protected override updated(changed: PropertyValues): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    const failed = this.viewFailure !== undefined;
    toggle('loading', !failed && this.sync.status === TaskStatus.PENDING);
    toggle('error', failed || this.sync.status === TaskStatus.ERROR);
    if (changed.has('pollInterval')) this.sync.resetPolling();
  }

  /** Reads the shown page again now. */
  async refresh(): Promise<void> {
    await this.sync.refresh();
  }

  /**
   * Shows a run pushed by the host (e.g. a `paymentRunWatch` webhook relayed to the page).
   * Returns false, and changes nothing, when the run is not on the page or is older than shown.
   */
  applyUpdate(paymentRun: PaymentRun): boolean {
    const taken = this.sync.push(paymentRun);
    if (taken) this.requestUpdate();
    return taken;
  }

  private activeProvider(): ListProvider {
    if (this.provider !== 'weavr') {
      throw new ConfigurationError(`The "${this.provider}" provider is not available yet.`);
    }
    return (this.weavr ??= weavrProvider(() => this.api));
  }

  private setFilters(filters: ListFilters): void {
    this.status = filters.status;
    this.tag = filters.tag;
    this.reference = filters.reference;
    this.minAmount = filters.minAmount;
    this.maxAmount = filters.maxAmount;
  }

  /** A change the user made: apply it, then tell the host the whole view. */
  private change(next: Partial<ListState>, announce = true): void {
    this.state = { ...this.state, ...next };
    this.announceNext = announce;
    emit(this, 'payment-run-list-change', { state: this.state });
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const { filters, invalid } = readFilterForm(event.target as HTMLFormElement, this.i18n.locale);
    this.invalid = invalid;
    if (invalid.length) return;
    this.change({ filters, offset: 0 });
  };

  private readonly onStatus = (event: Event) => {
    const status = (event.target as HTMLSelectElement).value || undefined;
    this.change({ filters: { ...this.filters, status }, offset: 0 });
  };

  private readonly onClear = () => {
    this.invalid = [];
    this.change({ filters: {}, offset: 0 });
  };

  private readonly onPage = (event: Event) => {
    const step = Number((event.currentTarget as HTMLElement).dataset.step) as -1 | 1;
    const offset = turnPage(this.state, this.sync.shown?.total ?? 0, step);
    if (offset !== undefined) this.change({ offset });
  };

  private readonly onSort = (event: Event) => {
    const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
    const same = this.sort.key === key;
    // A new column starts with what a person looks for first: newest, largest, A to Z.
    const numeric = key === 'created' || key === 'total' || key === 'count';
    const direction = same
      ? this.sort.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : numeric
        ? 'descending'
        : 'ascending';
    this.change({ sort: { key, direction } }, false);
  };

  private readonly onOpen = (event: Event) => {
    const id = (event.target as Element).closest<HTMLElement>('tr[data-id]')?.dataset.id;
    const row = this.rows.find((r) => r.id === id);
    if (!row) return;
    this.rowFocus.activate(row.id);
    let paymentRun: unknown;
    try {
      paymentRun = this.activeProvider().checked(row.run);
    } catch (error) {
      emit(this, 'payment-run-error', { error, action: 'select' });
      return;
    }
    const detail = { paymentRun, provider: this.provider };
    if (emit(this, 'payment-run-select', detail, { cancelable: true })) this.selectedId = row.id;
  };

  private readonly onRetry = () => {
    this.retryView();
    void this.refresh();
  };

  private renderBody(): TemplateResult {
    const { t, locale } = this.i18n;
    const shown = this.sync.shown;
    const error = this.sync.error;
    const forbidden = (error as { kind?: string } | undefined)?.kind === 'permission';
    if (forbidden) return alertView(t, t('list.forbidden'), undefined, 'status');
    if (!shown) {
      if (error) return alertView(t, errorText(t, error, locale), this.onRetry);
      return skeletonView(t, clampLimit(this.limit));
    }
    const stale = error
      ? alertView(t, t('list.pageFailed', { error: errorText(t, error, locale) }), this.onRetry)
      : '';
    if (!shown.total && !shown.rows.length) {
      const none = hasFilters(shown.state.filters) ? noMatchView(t, this.onClear) : emptyView(t);
      return html`${stale}${none}`;
    }
    return html`${stale}
    ${tableView(
      {
        t,
        money: this.i18n.money,
        date: (iso) => this.i18n.date(iso, { dateStyle: 'medium' }),
        sort: this.sort,
        selectedId: this.selectedId,
        activeId: this.rowFocus.activeId(this.selectedId),
        onSort: this.onSort,
        onOpen: this.onOpen,
        onKeydown: this.rowFocus.onKeydown,
      },
      this.rows,
    )}
    ${pagerView({
      t,
      locale,
      offset: shown.state.offset,
      shown: shown.rows.length,
      total: shown.total,
      hasPrevious: turnPage(shown.state, shown.total, -1) !== undefined,
      hasNext: turnPage(shown.state, shown.total, 1) !== undefined,
      onPage: this.onPage,
    })}`;
  }

  protected override render() {
    const { t, locale } = this.i18n;
    if (this.viewFailure !== undefined) {
      const text = errorText(t, this.viewFailure, locale);
      return html`<div class="root" part="base">${alertView(t, text, this.onRetry)}</div>`;
    }
    const busy = this.sync.status === TaskStatus.PENDING;
    return html`<div class="root" part="base" aria-busy=${busy ? 'true' : 'false'}>
      ${filterBarView({
        t,
        locale,
        filters: this.filters,
        invalid: this.invalid,
        onSubmit: this.onSubmit,
        onStatus: this.onStatus,
      })}
      ${this.renderBody()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
