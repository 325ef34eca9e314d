import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Payment, PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import { apiStrings, statusLabel } from '../../i18n/api-strings.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { buttons, fields, theme } from '../../styles/theme.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import type { CopUseSuggestedNameDetail } from '../cop-result-badge/events.js';
import { emit } from '../shared/emit.js';
import { rolesConverter } from '../shared/roles.js';
import { isStale } from '../shared/run-freshness.js';
import { RunPoller, type PollOutcome } from '../shared/run-poller.js';
import { actionsView, scaView } from './action-views.js';
import {
  isPaymentChangeable,
  offeredActions,
  type OfferedAction,
  type RunAction,
} from './actions.js';
import { DialogController, dialogView, type Dialog } from './dialogs.js';
import './events.js';
import { isConflict, type Intent } from './intents.js';
import {
  filterPayments,
  sortPayments,
  totalsByStatus,
  type SortKey,
  type SortOrder,
} from './payments.js';
import { paymentsView } from './payments-view.js';
import { styles } from './payment-run-status.styles.js';
import { ProgressiveRows } from './progressive-rows.js';
import { reconcile } from './reconcile.js';
import { RunActions } from './run-actions.js';
import { alertView, isTerminal, runView } from './run-view.js';
import { statusStrings } from './strings.js';
import { readSupplierForm, supplierForm, supplierFormStrings } from './supplier-form.js';
import { rowContext, skeletonView, totalsView, type RowContext } from './views.js';

type Source = 'load' | 'refresh' | 'action' | 'push';

const isAbort = (error: unknown) => (error as Error | undefined)?.name === 'AbortError';

/**
 * One payment run: its status on a step timeline, every payment with its Confirmation-of-Payee
 * result, totals, and the actions its status and the user's roles allow. Stays current by
 * polling (with backoff, paused while the page is hidden, stopped at a terminal status) or by
 * runs the host pushes with `applyUpdate()`.
 *
 * Staleness: a pushed or polled run older than the one shown is ignored. Runs carry no version,
 * so the order comes from the life cycle: the run's status rank, then each payment's (restart
 * moving SCA_FAILED back to PENDING_CHALLENGE counts as the same rank). See
 * `shared/run-freshness.ts`.
 *
 * @summary Watch a payment run and act on it: confirm, cancel, edit a supplier, restart.
 * @tag payment-run-status
 *
 * @fires {CustomEvent<PaymentRunDetail>} payment-run-confirm - Cancelable, before the API call: the user confirms the run.
 * @fires {CustomEvent<PaymentRunDetail>} payment-run-cancel - Cancelable, before the dialog and the API call: the user cancels the run.
 * @fires {CustomEvent<PaymentRunDetail>} payment-run-restart - Cancelable, before the API call: the user restarts the run after SCA_FAILED.
 * @fires {CustomEvent<PaymentCancelDetail>} payment-cancel - Cancelable, before the dialog and the API call: the user cancels some payments (`{ paymentRun, paymentIds }`).
 * @fires {CustomEvent<PaymentUpdateDetail>} payment-update - Cancelable, before the API call (PUT): the user changed a payment's supplier.
 * @fires {CustomEvent<PaymentRunDetail>} payment-run-challenge - The run entered PENDING_CHALLENGE: mount Weavr's authorisation UI.
 * @fires {CustomEvent<PaymentRunChangeDetail>} payment-run-change - The run changed (`{ paymentRun, previous }`).
 * @fires {CustomEvent<PaymentRunStatusErrorDetail>} payment-run-error - Reading the run or an action failed (`{ error, action }`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart timeline - The step timeline.
 * @csspart actions - The action buttons.
 * @csspart totals - The totals by payment status.
 * @csspart payments - The scrolling table of payments.
 * @csspart skeleton - The placeholder while loading.
 * @csspart dialog - The confirmation and edit dialogs.
 *
 * @cssprop --pr-payment-run-status-gap - Space between the sections (default `--pr-space-m`).
 * @cssprop --pr-payment-run-status-padding - Padding around the element (default 0).
 * @cssprop --pr-payment-run-status-list-height - Height of the payments table before it scrolls (default 32rem).
 *
 * @cssstate loading - The run is being loaded for the first time.
 * @cssstate busy - An action is in progress.
 * @cssstate error - Loading or the last action failed.
 */
export class PaymentRunStatusElement extends PaymentRunElement {
  static override styles = [theme, buttons, fields, styles];

  /** Id of the run to load and watch. */
  @property({ attribute: 'payment-run-id' }) paymentRunId?: string;

  /** The run shown; set it to show a run you already have (it is then kept current). */
  @property({ attribute: false }) paymentRun?: PaymentRun;

  /** The user's roles, e.g. `"CREATOR CONTROLLER"`: actions they lack are shown disabled with the reason. Unset: the API decides. */
  @property({ converter: rolesConverter }) roles?: string[];

  /** Offers the sandbox's SCA step (one-time code `123456`) on PENDING_CHALLENGE. Sandbox only. */
  @property({ type: Boolean }) sandbox = false;

  /** Milliseconds between polls while the run is in progress; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  /** Longest wait between polls the backoff reaches, ms. */
  @property({ type: Number, attribute: 'poll-max-interval' }) pollMaxInterval = 60_000;

  @state() private sort?: SortOrder;
  @state() private filter = '';
  @state() private selection: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private scaSent = false;

  private readonly i18n = new I18nController(this, {
    ...apiStrings,
    ...supplierFormStrings,
    ...statusStrings,
  });
  private readonly internals = this.attachInternals();
  private challenged?: string;
  private cancelledFrom?: string;
  private changedSincePoll = false;
  private offered = new Map<RunAction, OfferedAction>();
  private visible: readonly Payment[] = [];
  private totals = totalsByStatus([]);
  private rowContext?: RowContext;

  private readonly dialogs = new DialogController(this);
  private readonly rows = new ProgressiveRows(this, () => this.visible.length);

  private readonly reader = new Task(this, {
    args: () => [this.paymentRunId ?? this.paymentRun?.id, this.client, this.apiBase] as const,
    task: async ([id], { signal }) => {
      if (!id) return initialState;
      if (!this.paymentRunId && !this.configured) return initialState;
      const run = await this.api.getPaymentRun(id, { signal });
      this.take(run, this.paymentRun?.id === id ? 'refresh' : 'load');
      return run;
    },
    onError: (error) => {
      if (!isAbort(error)) {
        emit(this, 'payment-run-error', { error, action: this.paymentRun ? 'refresh' : 'load' });
      }
    },
  });

  private readonly actions = new RunActions(this, {
    run: () => this.paymentRun,
    api: () => this.api,
    failed: (intent, error) => {
      emit(this, 'payment-run-error', { error, action: intent.action });
      // The run moved on (409) or an SCA failure changed it: show what it is now.
      if (isConflict(error)) void this.refresh();
    },
    succeeded: (intent, answer) => this.afterAction(intent, answer),
  });

  private readonly poller = new RunPoller(this, {
    interval: () => this.pollInterval,
    maxInterval: () => Math.max(this.pollInterval, this.pollMaxInterval),
    active: () => !!this.paymentRun && !isTerminal(this.paymentRun.status) && this.configured,
    poll: () => this.poll(),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reader.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const run = this.paymentRun;
    const payments = run?.payments ?? [];
    const before = changed.get('paymentRun') as PaymentRun | undefined;
    if (changed.has('paymentRun') && before?.id !== run?.id) this.rows.reset();
    if (changed.has('paymentRun') || changed.has('roles')) {
      this.offered = run
        ? offeredActions(run.status, this.roles)
        : new Map<RunAction, OfferedAction>();
      this.totals = totalsByStatus(payments);
      const changeable = new Set(
        payments.filter((p) => isPaymentChangeable(p.status)).map((p) => p.id),
      );
      if ([...this.selection].some((id) => !changeable.has(id))) {
        this.selection = new Set([...this.selection].filter((id) => changeable.has(id)));
      }
      if (run?.status !== 'PENDING_CHALLENGE') this.scaSent = false;
    }
    if (changed.has('paymentRun') || changed.has('sort') || changed.has('filter')) {
      const { compare } = new Intl.Collator(this.i18n.locale, { numeric: true });
      this.visible = sortPayments(filterPayments(payments, this.filter), this.sort, compare);
    }
    const edit = this.offered.get('update-payment');
    this.rowContext = rowContext(this.rowContext, {
      t: this.i18n.t,
      money: this.i18n.money,
      locale: this.i18n.locale,
      strings: this.strings,
      theme: this.theme,
      selectable: this.offered.get('cancel-payments')?.allowed ?? false,
      editable: edit && {
        allowed: edit.allowed,
        ...(!edit.allowed && { reasonId: 'reason-update-payment' }),
      },
      onSelect: this.onSelect,
      onEdit: this.onEdit,
    });
  }

  protected override updated(changed: PropertyValues): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('loading', !this.paymentRun && this.reader.status === TaskStatus.PENDING);
    toggle('busy', this.busy);
    toggle('error', this.reader.status === TaskStatus.ERROR || !!this.actions.error);
    if (changed.has('paymentRun') || changed.has('pollInterval')) this.poller.reset();
  }

  /** Confirms the run (CONTROLLER): fires `payment-run-confirm`, then calls the API. */
  async confirm(): Promise<void> {
    const paymentRun = this.paymentRun;
    if (!paymentRun || this.busy) return;
    if (!emit(this, 'payment-run-confirm', { paymentRun }, { cancelable: true })) return;
    await this.runAction({ action: 'confirm' });
  }

  /**
   * Cancels the run: fires `payment-run-cancel`, asks the user in a dialog (unless
   * `skipConfirmation`), then calls the API. Resolves when done or declined.
   */
  async cancel(options: { skipConfirmation?: boolean } = {}): Promise<void> {
    const paymentRun = this.paymentRun;
    if (!paymentRun || this.busy) return;
    if (!emit(this, 'payment-run-cancel', { paymentRun }, { cancelable: true })) return;
    if (options.skipConfirmation) return void (await this.runAction({ action: 'cancel' }));
    await this.dialogs.ask({ kind: 'cancel' });
  }

  /**
   * Cancels payments awaiting confirmation: fires `payment-cancel`, asks the user (unless
   * `skipConfirmation`), then calls the API. Resolves when done or declined.
   */
  async cancelPayments(
    paymentIds: string[],
    options: { skipConfirmation?: boolean } = {},
  ): Promise<void> {
    const paymentRun = this.paymentRun;
    if (!paymentRun || this.busy || !paymentIds.length) return;
    const detail = { paymentRun, paymentIds: [...paymentIds] };
    if (!emit(this, 'payment-cancel', detail, { cancelable: true })) return;
    if (options.skipConfirmation) {
      return void (await this.runAction({ action: 'cancel-payments', paymentIds }));
    }
    await this.dialogs.ask({ kind: 'cancel-payments', paymentIds });
  }

  /** Restarts a run after SCA_FAILED (CONTROLLER): fires `payment-run-restart`, then calls the API. */
  async restart(): Promise<void> {
    const paymentRun = this.paymentRun;
    if (!paymentRun || this.busy) return;
    if (!emit(this, 'payment-run-restart', { paymentRun }, { cancelable: true })) return;
    await this.runAction({ action: 'restart' });
  }

  /** Replaces a payment's supplier (CREATOR, PENDING_CONFIRMATION): fires `payment-update`, then PUTs. Resolves `true` when saved. */
  async updateSupplier(paymentId: string, supplier: SupplierInput): Promise<boolean> {
    const paymentRun = this.paymentRun;
    if (!paymentRun || this.busy) return false;
    const detail = { paymentRun, payments: [{ paymentId, supplier }] };
    if (!emit(this, 'payment-update', detail, { cancelable: true })) return false;
    return this.runAction({ action: 'update-payment', paymentId, supplier });
  }

  /** Reads the run again now. */
  async refresh(): Promise<void> {
    const id = this.paymentRunId ?? this.paymentRun?.id;
    if (!id) return;
    await this.reader.run([id, this.client, this.apiBase]);
  }

  /**
   * Shows a run pushed by the host (e.g. a `paymentRunWatch` webhook relayed to the page).
   * Returns false, and changes nothing, when it is another run or older than the one shown.
   */
  applyUpdate(paymentRun: PaymentRun): boolean {
    if (this.paymentRun && this.paymentRun.id !== paymentRun.id) return false;
    return this.take(paymentRun, 'push');
  }

  private get busy(): boolean {
    return this.actions.busy;
  }

  /** A client can be had (the `client` property, attributes or `configure()`). */
  private get configured(): boolean {
    try {
      return !!this.api;
    } catch {
      return false;
    }
  }

  /**
   * Shows `next` if it is newer than the run shown; fires `payment-run-change` (and
   * `payment-run-challenge` on entering PENDING_CHALLENGE). True when something changed.
   */
  private take(next: PaymentRun, source: Source): boolean {
    const previous = this.paymentRun;
    const sameRun = previous?.id === next.id;
    if (sameRun && source !== 'load' && isStale(previous, next)) return false;
    const merged = reconcile(previous, next);
    if (merged === previous) return false;
    if (sameRun && merged.status !== previous.status) {
      if (merged.status === 'CANCELLED') this.cancelledFrom = previous.status;
      this.actions.forgetRefs();
      this.announcement = statusLabel(this.i18n.t, 'run', merged.status);
    }
    this.paymentRun = merged;
    this.changedSincePoll = true;
    if (sameRun) emit(this, 'payment-run-change', { paymentRun: merged, previous });
    if (merged.status !== 'PENDING_CHALLENGE') this.challenged = undefined;
    else if (this.challenged !== merged.id) {
      this.challenged = merged.id;
      emit(this, 'payment-run-challenge', { paymentRun: merged });
    }
    return true;
  }

  private async poll(): Promise<PollOutcome> {
    if (this.busy) return 'same';
    this.changedSincePoll = false;
    await this.refresh();
    if (this.reader.status === TaskStatus.ERROR) return 'error';
    return this.changedSincePoll ? 'changed' : 'same';
  }

  /** Runs one intent; a second one while busy is ignored (a double click sends one request). */
  private async runAction(intent: Intent): Promise<boolean> {
    if (this.busy || !this.paymentRun) return false;
    this.announcement = '';
    return this.actions.run(intent);
  }

  private async afterAction(intent: Intent, answer: PaymentRun | undefined): Promise<void> {
    if (intent.action === 'sca' && intent.step === 'issue') {
      this.scaSent = true;
      return;
    }
    if (intent.action === 'cancel-payments') this.selection = new Set();
    // Confirm answers with the run; after the others it is read again.
    if (answer) this.take(answer, 'action');
    else await this.refresh();
    this.announcement = this.i18n.t(`done.${intent.action}`);
  }

  private openEditor(paymentId: string | undefined, name?: string): void {
    const payment = this.paymentRun?.payments.find((p) => p.id === paymentId);
    if (!payment || !isPaymentChangeable(payment.status) || this.busy) return;
    if (!this.offered.get('update-payment')?.allowed) return;
    this.dialogs.show({ kind: 'edit', form: supplierForm(payment, name) });
  }

  private readonly onConfirmCancel = async () => {
    const dialog = this.dialogs.current;
    if (!dialog || dialog.kind === 'edit') return;
    const done = this.dialogs.detach();
    this.dialogs.close();
    await this.runAction(
      dialog.kind === 'cancel'
        ? { action: 'cancel' }
        : { action: 'cancel-payments', paymentIds: dialog.paymentIds },
    );
    done?.();
  };

  private readonly onEditSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.dialogs.current;
    if (dialog?.kind !== 'edit') return;
    const form = event.currentTarget as HTMLFormElement;
    const read = readSupplierForm(dialog.form, new FormData(form), this.i18n.locale);
    this.dialogs.show({
      kind: 'edit',
      form: { ...dialog.form, values: read.values, errors: read.errors },
    });
    if (!read.supplier) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus();
      return;
    }
    const saved = await this.updateSupplier(dialog.form.payment.id, read.supplier);
    const shown: Dialog | undefined = this.dialogs.current;
    if (saved) this.dialogs.close();
    else if (this.actions.error && shown?.kind === 'edit') {
      this.dialogs.show({ ...shown, error: this.actions.error.error });
    }
  };

  private readonly onAction = (event: Event) => {
    const action = (event.currentTarget as HTMLElement).dataset.action as RunAction;
    const offered = this.offered.get(action);
    if (!offered?.allowed || this.busy) return;
    if (action === 'confirm') void this.confirm();
    else if (action === 'cancel') void this.cancel();
    else if (action === 'restart') void this.restart();
    else if (action === 'cancel-payments' && this.selection.size) {
      void this.cancelPayments([...this.selection]);
    }
  };

  private readonly onSelect = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const next = new Set(this.selection);
    if (input.checked) next.add(input.dataset.id!);
    else next.delete(input.dataset.id!);
    this.selection = next;
  };

  private readonly onSelectAll = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    this.selection = new Set(
      checked ? this.visible.filter((p) => isPaymentChangeable(p.status)).map((p) => p.id) : [],
    );
  };

  private readonly onEdit = (event: Event) => {
    this.openEditor((event.currentTarget as HTMLElement).dataset.id);
  };

  private readonly onUseName = (event: CustomEvent<CopUseSuggestedNameDetail>) => {
    this.openEditor(event.detail.paymentId, event.detail.accountName);
  };

  private readonly onSort = (event: Event) => {
    const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
    const direction =
      this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
  };

  private readonly onFilter = (event: Event) => {
    this.filter = (event.currentTarget as HTMLSelectElement).value;
  };

  private readonly onScaIssue = () => void this.runAction({ action: 'sca', step: 'issue' });

  private readonly onScaVerify = (event: SubmitEvent) => {
    event.preventDefault();
    const entry = new FormData(event.currentTarget as HTMLFormElement).get('code');
    const code = typeof entry === 'string' ? entry.trim() : '';
    if (code) void this.runAction({ action: 'sca', step: 'verify', code });
  };

  private readonly onRetry = () => void this.refresh();

  private readonly onDismiss = () => this.actions.dismiss();

  private renderRun(run: PaymentRun): TemplateResult {
    const { t } = this.i18n;
    const readError = this.reader.status === TaskStatus.ERROR ? this.reader.error : undefined;
    return runView(this.i18n, {
      run,
      cancelledFrom: this.cancelledFrom,
      readError: readError && !isAbort(readError) ? readError : undefined,
      actionError: this.dialogs.current?.kind === 'edit' ? undefined : this.actions.error,
      sca:
        run.status === 'PENDING_CHALLENGE'
          ? scaView(t, {
              sandbox: this.sandbox,
              allowed: this.offered.get('sca')?.allowed ?? false,
              sent: this.scaSent,
              onIssue: this.onScaIssue,
              onVerify: this.onScaVerify,
            })
          : nothing,
      actions: actionsView(t, {
        offered: this.offered,
        selected: this.selection.size,
        busy: this.busy,
        terminal: isTerminal(run.status),
        onAction: this.onAction,
      }),
      totals: totalsView(this.i18n, this.totals),
      payments: paymentsView(t, {
        ctx: this.rowContext!,
        all: run.payments,
        visible: this.visible,
        rendered: this.rows.slice(this.visible),
        byStatus: this.totals.byStatus,
        filter: this.filter,
        sort: this.sort,
        selection: this.selection,
        onSort: this.onSort,
        onFilter: this.onFilter,
        onSelectAll: this.onSelectAll,
        onUseName: this.onUseName,
      }),
      onRetry: this.onRetry,
      onDismiss: this.onDismiss,
    });
  }

  private renderBody(): TemplateResult {
    const { t } = this.i18n;
    if (this.paymentRun) return this.renderRun(this.paymentRun);
    if (this.reader.status === TaskStatus.ERROR) {
      return alertView(this.i18n, this.reader.error, {
        label: t('action.retry'),
        onClick: this.onRetry,
      });
    }
    if (this.reader.status === TaskStatus.PENDING || this.paymentRunId) return skeletonView(t);
    return html`<p class="muted">${t('status.empty')}</p>`;
  }

  protected override render() {
    const { t } = this.i18n;
    return html`<div class="root" part="base" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.renderBody()}
      <p class="visually-hidden" role="status">
        ${this.busy ? t('status.busy') : this.announcement}
      </p>
      ${dialogView(this.i18n, this.dialogs.current, {
        onEditSubmit: this.onEditSubmit,
        onConfirmCancel: this.onConfirmCancel,
        onClose: this.dialogs.onClose,
        close: this.dialogs.close,
      })}
    </div>`;
  }
}
