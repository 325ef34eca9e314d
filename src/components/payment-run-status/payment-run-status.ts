import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { TERMINAL_PAYMENT_RUN_STATUSES, isKnown } from '../../api/enums.js';
import type { PaymentRunApiError } from '../../api/errors/api-error.js';
import { newIdempotencyRef } from '../../api/idempotency.js';
import type { Payment, PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import { simulateScaChallenge, simulateScaVerify } from '../../api/simulate.js';
import { apiStrings, errorText, statusLabel } from '../../i18n/api-strings.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { buttons, theme } from '../../styles/theme.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import type { CopUseSuggestedNameDetail } from '../cop-result-badge/events.js';
import { emit } from '../shared/emit.js';
import {
  isPaymentChangeable,
  offeredActions,
  type OfferedAction,
  type RunAction,
} from './actions.js';
import './events.js';
import { isStale, reconcile } from './freshness.js';
import {
  filterPayments,
  sortPayments,
  totalsByStatus,
  type SortKey,
  type SortOrder,
} from './payments.js';
import { styles } from './payment-run-status.styles.js';
import { Poller, type PollOutcome } from './poller.js';
import { statusStrings } from './strings.js';
import {
  readSupplierForm,
  supplierFieldsView,
  supplierForm,
  supplierFormStrings,
  type SupplierFormState,
} from './supplier-form.js';
import { timeline } from './timeline.js';
import {
  paymentRow,
  skeletonView,
  statusChip,
  summaryView,
  timelineView,
  totalsView,
  type RowContext,
} from './views.js';

/** One user intent; its idempotency-ref is kept while the same intent is retried. */
type Intent =
  | { action: 'confirm' | 'cancel' | 'restart' }
  | { action: 'cancel-payments'; paymentIds: string[] }
  | { action: 'update-payment'; paymentId: string; supplier: SupplierInput }
  | { action: 'sca'; step: 'issue' }
  | { action: 'sca'; step: 'verify'; code: string };

type Dialog =
  | { kind: 'cancel' }
  | { kind: 'cancel-payments'; paymentIds: string[] }
  | { kind: 'edit'; form: SupplierFormState; error?: unknown };

type Source = 'load' | 'refresh' | 'action' | 'push';

/**
 * Rows rendered in the first frame; after each painted frame the count doubles. A 1000-payment
 * run shows at once and completes in five more steps instead of blocking the page for all rows.
 */
const FIRST_ROWS = 40;

const isTerminal = (status: string) => isKnown(TERMINAL_PAYMENT_RUN_STATUSES, status);
const isAbort = (error: unknown) => (error as Error | undefined)?.name === 'AbortError';
/** Errors after which the request certainly did not happen, so a retry is a new intent. */
const DEFINITIVE = ['validation', 'permission', 'not-found', 'conflict', 'unauthenticated'];

/**
 * One payment run: its status on a step timeline, every payment with its Confirmation-of-Payee
 * result, totals, and the actions its status and the user's roles allow. Stays current by
 * polling (with backoff, paused while the page is hidden, stopped at a terminal status) or by
 * runs the host pushes with `applyUpdate()`.
 *
 * Staleness: a pushed or polled run older than the one shown is ignored. Runs carry no version,
 * so the order comes from the life cycle: the run's status rank, then each payment's (restart
 * moving SCA_FAILED back to PENDING_CHALLENGE counts as the same rank). See `freshness.ts`.
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
  static override styles = [theme, buttons, styles];

  /** Id of the run to load and watch. */
  @property({ attribute: 'payment-run-id' }) paymentRunId?: string;

  /** The run shown; set it to show a run you already have (it is then kept current). */
  @property({ attribute: false }) paymentRun?: PaymentRun;

  /** The user's roles, e.g. `"CREATOR CONTROLLER"`: actions they lack are shown disabled with the reason. Unset: the API decides. */
  @property({
    converter: {
      // An empty attribute says nothing about the user, like no attribute.
      fromAttribute: (value: string | null) => {
        const roles = value?.split(/[\s,]+/).filter(Boolean);
        return roles?.length ? roles : undefined;
      },
      toAttribute: (value: string[] | undefined) => value?.join(' '),
    },
  })
  roles?: string[];

  /** Offers the sandbox's SCA step (one-time code `123456`) on PENDING_CHALLENGE. Sandbox only. */
  @property({ type: Boolean }) sandbox = false;

  /** Milliseconds between polls while the run is in progress; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  /** Longest wait between polls the backoff reaches, ms. */
  @property({ type: Number, attribute: 'poll-max-interval' }) pollMaxInterval = 60_000;

  @state() private sort?: SortOrder;
  @state() private filter = '';
  @state() private selection: ReadonlySet<string> = new Set();
  @state() private dialog?: Dialog;
  @state() private actionError?: { action: RunAction; error: unknown };
  @state() private announcement = '';
  @state() private scaSent = false;
  @state() private rowLimit = FIRST_ROWS;

  @query('dialog') private dialogElement?: HTMLDialogElement;

  private readonly i18n = new I18nController(this, {
    ...apiStrings,
    ...supplierFormStrings,
    ...statusStrings,
  });
  private readonly internals = this.attachInternals();
  private readonly refs = new Map<string, string>();
  private challenged?: string;
  private cancelledFrom?: string;
  private changedSincePoll = false;
  private returnFocus?: HTMLElement;
  private dialogDone?: () => void;
  private offered = new Map<RunAction, OfferedAction>();
  private visible: readonly Payment[] = [];
  private totals = totalsByStatus([]);
  private rowContext?: RowContext;
  private stopGrowing?: () => void;

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

  private readonly action = new Task<readonly [Intent], void>(this, {
    autoRun: false,
    task: ([intent], { signal }) => this.perform(intent, signal),
  });

  private readonly poller = new Poller(this, {
    interval: () => this.pollInterval,
    maxInterval: () => Math.max(this.pollInterval, this.pollMaxInterval),
    active: () => !!this.paymentRun && !isTerminal(this.paymentRun.status) && this.configured,
    poll: () => this.poll(),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reader.abort();
    this.action.abort();
    this.stopGrowing?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const run = this.paymentRun;
    const payments = run?.payments ?? [];
    const before = changed.get('paymentRun') as PaymentRun | undefined;
    if (changed.has('paymentRun') && before?.id !== run?.id) this.rowLimit = FIRST_ROWS;
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
      const collator = new Intl.Collator(this.i18n.locale, { numeric: true });
      this.visible = sortPayments(
        filterPayments(payments, this.filter),
        this.sort,
        collator.compare,
      );
    }
    const edit = this.offered.get('update-payment');
    const selectable = this.offered.get('cancel-payments')?.allowed ?? false;
    const ctx = this.rowContext;
    if (
      !ctx ||
      ctx.t !== this.i18n.t ||
      ctx.locale !== this.i18n.locale ||
      ctx.strings !== this.strings ||
      ctx.theme !== this.theme ||
      ctx.selectable !== selectable ||
      ctx.editable?.allowed !== edit?.allowed
    ) {
      this.rowContext = {
        t: this.i18n.t,
        money: this.i18n.money,
        locale: this.i18n.locale,
        strings: this.strings,
        theme: this.theme,
        selectable,
        editable: edit && {
          allowed: edit.allowed,
          ...(!edit.allowed && { reasonId: 'reason-update-payment' }),
        },
        onSelect: this.onSelect,
        onEdit: this.onEdit,
      };
    }
  }

  protected override updated(changed: PropertyValues): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('loading', !this.paymentRun && this.reader.status === TaskStatus.PENDING);
    toggle('busy', this.busy);
    toggle('error', this.reader.status === TaskStatus.ERROR || !!this.actionError);
    if (changed.has('paymentRun') || changed.has('pollInterval')) this.poller.reset();
    if (this.rowLimit < this.visible.length && !this.stopGrowing && this.isConnected) {
      // After the next frame is painted, so the rows already there show first.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          this.stopGrowing = undefined;
          this.rowLimit *= 2;
        });
      });
      this.stopGrowing = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        this.stopGrowing = undefined;
      };
    }
    const dialog = this.dialogElement;
    if (this.dialog && dialog && !dialog.open) {
      this.returnFocus = this.focused();
      dialog.showModal();
    }
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
    await this.ask({ kind: 'cancel' });
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
    await this.ask({ kind: 'cancel-payments', paymentIds });
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
    return this.action.status === TaskStatus.PENDING;
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
      this.refs.clear();
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
    this.actionError = undefined;
    this.announcement = '';
    await this.action.run([intent]);
    return this.action.status === TaskStatus.COMPLETE;
  }

  private async perform(intent: Intent, signal: AbortSignal): Promise<void> {
    const run = this.paymentRun!;
    const key = `${run.id}|${JSON.stringify(intent)}`;
    const idempotencyRef = this.refs.get(key) ?? newIdempotencyRef();
    this.refs.set(key, idempotencyRef);
    const opts = { signal, idempotencyRef };
    try {
      const api = this.api;
      switch (intent.action) {
        case 'confirm':
          this.take(await api.confirmPaymentRun(run.id, opts), 'action');
          break;
        case 'cancel':
          await api.cancelPaymentRun(run.id, opts);
          break;
        case 'restart':
          await api.restartPaymentRun(run.id, opts);
          break;
        case 'cancel-payments':
          await api.cancelPayments(run.id, intent.paymentIds, opts);
          this.selection = new Set();
          break;
        case 'update-payment':
          await api.updatePayments(
            run.id,
            { payments: [{ paymentId: intent.paymentId, supplier: intent.supplier }] },
            { signal },
          );
          break;
        case 'sca':
          if (intent.step === 'issue') {
            await simulateScaChallenge(api, run.id, { signal });
            this.scaSent = true;
            this.refs.delete(key);
            return;
          }
          await simulateScaVerify(api, run.id, intent.code, { signal });
          break;
      }
    } catch (error) {
      if (signal.aborted) throw error;
      if (DEFINITIVE.includes((error as PaymentRunApiError).kind)) this.refs.delete(key);
      this.actionError = { action: intent.action, error };
      emit(this, 'payment-run-error', { error, action: intent.action });
      // The run moved on (409) or an SCA failure changed it: show what it is now.
      if ((error as PaymentRunApiError).kind === 'conflict') void this.refresh();
      throw error;
    }
    this.refs.delete(key);
    if (intent.action !== 'confirm') await this.refresh();
    this.announcement = this.i18n.t(`done.${intent.action}`);
  }

  private ask(dialog: Dialog): Promise<void> {
    this.dialogDone?.();
    this.dialog = dialog;
    return new Promise((resolve) => (this.dialogDone = resolve));
  }

  private focused(): HTMLElement | undefined {
    const inside = this.shadowRoot?.activeElement;
    return (inside ?? document.activeElement) as HTMLElement | undefined;
  }

  private readonly closeDialog = () => {
    this.dialogElement?.close();
  };

  private readonly onDialogClose = () => {
    this.dialog = undefined;
    const done = this.dialogDone;
    this.dialogDone = undefined;
    done?.();
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
  };

  private readonly onConfirmCancel = async () => {
    const dialog = this.dialog;
    if (!dialog || dialog.kind === 'edit') return;
    const done = this.dialogDone;
    this.dialogDone = undefined;
    this.closeDialog();
    await this.runAction(
      dialog.kind === 'cancel'
        ? { action: 'cancel' }
        : { action: 'cancel-payments', paymentIds: dialog.paymentIds },
    );
    done?.();
  };

  private readonly onEditSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.dialog;
    if (dialog?.kind !== 'edit') return;
    const form = event.currentTarget as HTMLFormElement;
    const read = readSupplierForm(dialog.form, new FormData(form), this.i18n.locale);
    this.dialog = {
      kind: 'edit',
      form: { ...dialog.form, values: read.values, errors: read.errors },
    };
    if (!read.supplier) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus();
      return;
    }
    const saved = await this.updateSupplier(dialog.form.payment.id, read.supplier);
    if (saved) this.closeDialog();
    else if (this.actionError && this.dialog?.kind === 'edit') {
      this.dialog = { ...this.dialog, error: this.actionError.error };
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
    const id = input.dataset.id!;
    const next = new Set(this.selection);
    if (input.checked) next.add(id);
    else next.delete(id);
    this.selection = next;
  };

  private readonly onSelectAll = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    this.selection = new Set(
      checked ? this.visible.filter((p) => isPaymentChangeable(p.status)).map((p) => p.id) : [],
    );
  };

  private readonly onEdit = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    this.openEditor(id);
  };

  private readonly onUseName = (event: CustomEvent<CopUseSuggestedNameDetail>) => {
    this.openEditor(event.detail.paymentId, event.detail.accountName);
  };

  private openEditor(paymentId: string | undefined, name?: string): void {
    const payment = this.paymentRun?.payments.find((p) => p.id === paymentId);
    if (!payment || !isPaymentChangeable(payment.status) || this.busy) return;
    if (!this.offered.get('update-payment')?.allowed) return;
    this.dialog = { kind: 'edit', form: supplierForm(payment, name) };
  }

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
    const code = typeof entry === 'string' ? entry : '';
    if (code.trim()) void this.runAction({ action: 'sca', step: 'verify', code: code.trim() });
  };

  private readonly onRetry = () => void this.refresh();

  private readonly onDismiss = () => {
    this.actionError = undefined;
  };

  private renderActions(): TemplateResult {
    const { t } = this.i18n;
    const order: RunAction[] = ['confirm', 'cancel-payments', 'restart', 'cancel'];
    const shown = order.filter((a) => this.offered.has(a));
    if (!shown.length) {
      return isTerminal(this.paymentRun!.status)
        ? html`<p class="muted">${t('action.none')}</p>`
        : html``;
    }
    return html`<div class="actions" part="actions" role="group" aria-label=${t('actions.label')}>
      ${shown.map((action) => {
        const offered = this.offered.get(action)!;
        const needsSelection = action === 'cancel-payments' && !this.selection.size;
        const reason = !offered.allowed
          ? t(`reason.role.${offered.needs}`)
          : needsSelection
            ? t('reason.select')
            : '';
        const disabled = !!reason || this.busy;
        const label =
          action === 'cancel-payments'
            ? t('action.cancel-payments', { count: this.selection.size })
            : t(`action.${action}`);
        const kind = action === 'confirm' || action === 'restart' ? 'primary' : 'danger';
        return html`<div class="action">
          <button
            class="button ${kind}"
            type="button"
            data-action=${action}
            aria-disabled=${disabled ? 'true' : 'false'}
            aria-describedby=${ifDefined(reason ? `reason-${action}` : undefined)}
            @click=${this.onAction}
          >
            ${label}
          </button>
          ${reason ? html`<span class="reason" id="reason-${action}">${reason}</span>` : nothing}
        </div>`;
      })}
    </div>`;
  }

  private renderSca(run: PaymentRun): TemplateResult {
    const { t } = this.i18n;
    const offered = this.offered.get('sca');
    const allowed = offered?.allowed ?? false;
    return html`<section class="sca" aria-labelledby="sca-title">
      <h3 id="sca-title">${t('sca.title')}</h3>
      <p>${t('explain.PENDING_CHALLENGE')} ${t('sca.host')}</p>
      ${
        this.sandbox && run.status === 'PENDING_CHALLENGE'
          ? html`<p class="muted">${t('sca.sandbox')}</p>
              ${
                !allowed
                  ? html`<p class="reason">${t('sca.needsController')}</p>`
                  : this.scaSent
                    ? html`<p>${t('sca.sent')}</p>
                        <form @submit=${this.onScaVerify}>
                          <div class="field">
                            <label for="otp">${t('sca.code')}</label>
                            <input
                              id="otp"
                              name="code"
                              inputmode="numeric"
                              autocomplete="one-time-code"
                              required
                            />
                          </div>
                          <button class="button primary" type="submit">${t('sca.verify')}</button>
                        </form>`
                    : html`<div class="toolbar">
                        <button class="button primary" type="button" @click=${this.onScaIssue}>
                          ${t('sca.send')}
                        </button>
                      </div>`
              }`
          : nothing
      }
    </section>`;
  }

  private renderPayments(): TemplateResult {
    const { t } = this.i18n;
    const ctx = this.rowContext!;
    const all = this.paymentRun!.payments;
    const changeable = this.visible.filter((p) => isPaymentChangeable(p.status));
    const allSelected = !!changeable.length && changeable.every((p) => this.selection.has(p.id));
    const header = (key: SortKey) => {
      const sorted = this.sort?.key === key ? this.sort.direction : undefined;
      return html`<th scope="col" aria-sort=${ifDefined(sorted)}>
        <button
          class="sort"
          type="button"
          data-key=${key}
          aria-label=${t('payments.sortBy', { column: t(`payments.${key}`) })}
          @click=${this.onSort}
        >
          ${t(`payments.${key}`)}
          <span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted ? '▼' : '↕'}</span>
        </button>
      </th>`;
    };
    return html`<section aria-labelledby="payments-title">
      <div class="toolbar">
        <h3 id="payments-title">${t('payments.label')}</h3>
        <label for="filter">${t('payments.filter')}</label>
        <select id="filter" .value=${this.filter} @change=${this.onFilter}>
          <option value="">${t('payments.filterAll', { count: all.length })}</option>
          ${this.totals.byStatus.map(
            (total) =>
              html`<option value=${total.status} ?selected=${this.filter === total.status}>
                ${t('payments.filterStatus', {
                  label: statusLabel(t, 'payment', total.status),
                  count: total.count,
                })}
              </option>`,
          )}
        </select>
        <span class="muted" aria-live="polite">
          ${
            this.filter
              ? t('payments.shown', { shown: this.visible.length, total: all.length })
              : ''
          }
        </span>
      </div>
      ${
        ctx.editable && !ctx.editable.allowed
          ? html`<p class="reason" id="reason-update-payment">${t('reason.role.CREATOR')}</p>`
          : nothing
      }
      <div class="table-wrap" part="payments" tabindex="0" aria-labelledby="payments-title">
        <table
          aria-busy=${this.visible.length > this.rowLimit ? 'true' : 'false'}
          @cop-use-suggested-name=${this.onUseName}
        >
          <thead>
            <tr>
              ${
                ctx.selectable
                  ? html`<th scope="col">
                      <input
                        type="checkbox"
                        aria-label=${t('payments.selectAll')}
                        .checked=${allSelected}
                        ?disabled=${!changeable.length}
                        @change=${this.onSelectAll}
                      />
                    </th>`
                  : nothing
              }
              ${header('supplier')}
              <th scope="col">${t('payments.account')}</th>
              ${header('amount')} ${header('reference')} ${header('status')}
              <th scope="col">${t('payments.cop')}</th>
              ${
                ctx.editable
                  ? html`<th scope="col">
                      <span class="visually-hidden">${t('actions.label')}</span>
                    </th>`
                  : nothing
              }
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.visible.length > this.rowLimit
                ? this.visible.slice(0, this.rowLimit)
                : this.visible,
              (payment) => payment.id,
              (payment) => {
                const selected = this.selection.has(payment.id);
                return guard([payment, selected, ctx], () => paymentRow(payment, selected, ctx));
              },
            )}
          </tbody>
        </table>
        ${this.visible.length ? nothing : html`<p class="muted">${t('payments.none')}</p>`}
      </div>
    </section>`;
  }

  private renderDialog(): TemplateResult {
    const { t } = this.i18n;
    const dialog = this.dialog;
    let content: TemplateResult | typeof nothing = nothing;
    if (dialog?.kind === 'edit') {
      const { payment } = dialog.form;
      content = html`<form @submit=${this.onEditSubmit} novalidate>
        <h2 id="dialog-title">${t('edit.title')}</h2>
        <p id="dialog-body">
          ${t('edit.intro', {
            reference: payment.reference,
            amount: this.i18n.money(payment.paymentAmount.amount, payment.paymentAmount.currency),
          })}
        </p>
        ${supplierFieldsView(t, dialog.form)}
        ${
          dialog.error
            ? html`<p class="alert" role="alert">
                ${errorText(t, dialog.error, this.i18n.locale)}
              </p>`
            : nothing
        }
        <div class="dialog-actions">
          <button class="button" type="button" @click=${this.closeDialog}>
            ${t('edit.close')}
          </button>
          <button class="button primary" type="submit">${t('edit.save')}</button>
        </div>
      </form>`;
    } else if (dialog) {
      const count = dialog.kind === 'cancel-payments' ? dialog.paymentIds.length : 0;
      content = html`<h2 id="dialog-title">
          ${dialog.kind === 'cancel' ? t('cancel.title') : t('cancel.titlePayments', { count })}
        </h2>
        <p id="dialog-body">
          ${dialog.kind === 'cancel' ? t('cancel.body') : t('cancel.bodyPayments')}
        </p>
        <div class="dialog-actions">
          <button class="button" type="button" @click=${this.closeDialog}>
            ${t('cancel.keep')}
          </button>
          <button class="button danger" type="button" @click=${this.onConfirmCancel}>
            ${t('cancel.confirm')}
          </button>
        </div>`;
    }
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-body"
      @close=${this.onDialogClose}
    >
      ${content}
    </dialog>`;
  }

  private renderRun(run: PaymentRun): TemplateResult {
    const { t } = this.i18n;
    const failed = run.payments.filter((p) => p.status === 'FAILED' || p.status === 'RETURNED');
    const explain =
      isKnown(
        ['QUEUED', 'PENDING_CONFIRMATION', 'SCA_FAILED', 'PENDING_FUNDING', 'EXECUTING'],
        run.status,
      ) || isTerminal(run.status)
        ? t(`explain.${run.status}`, { count: failed.length })
        : run.status === 'PENDING_CHALLENGE'
          ? ''
          : t('explain.unknown', { status: run.status });
    const readError = this.reader.status === TaskStatus.ERROR ? this.reader.error : undefined;
    const actionError =
      this.actionError && !(this.dialog?.kind === 'edit') ? this.actionError : undefined;
    return html`<div class="header">
        <h2>${run.description || t('status.untitled', { id: run.paymentRunRef ?? run.id })}</h2>
        ${statusChip(t, 'run', run.status)}
      </div>
      ${summaryView(t, this.i18n.date, run)}
      ${timelineView(t, timeline(run.status, this.cancelledFrom))}
      ${explain ? html`<p class="explain">${explain}</p>` : nothing}
      ${run.statusReason ? html`<p>${t('status.reason', { reason: run.statusReason })}</p>` : nothing}
      ${run.status === 'PENDING_CHALLENGE' ? this.renderSca(run) : nothing}
      ${
        readError && !isAbort(readError)
          ? html`<div class="alert stale" role="status">
              <span
                >${t('status.stale', { error: errorText(t, readError, this.i18n.locale) })}</span
              >
              <button class="button" type="button" @click=${this.onRetry}>
                ${t('status.refresh')}
              </button>
            </div>`
          : nothing
      }
      ${this.renderActions()}
      ${
        actionError
          ? html`<div class="alert" role="alert">
              <span>${errorText(t, actionError.error, this.i18n.locale)}</span>
              <button class="button" type="button" @click=${this.onDismiss}>
                ${t('action.dismiss')}
              </button>
            </div>`
          : nothing
      }
      ${totalsView(this.i18n, this.totals)} ${this.renderPayments()}`;
  }

  protected override render() {
    const { t } = this.i18n;
    const run = this.paymentRun;
    let body: TemplateResult;
    if (run) body = this.renderRun(run);
    else if (this.reader.status === TaskStatus.ERROR) {
      body = html`<div class="alert" role="alert">
        <span>${errorText(t, this.reader.error, this.i18n.locale)}</span>
        <button class="button" type="button" @click=${this.onRetry}>${t('action.retry')}</button>
      </div>`;
    } else if (this.reader.status === TaskStatus.PENDING || this.paymentRunId) {
      body = skeletonView(t);
    } else body = html`<p class="muted">${t('status.empty')}</p>`;
    return html`<div class="root" part="base" aria-busy=${this.busy ? 'true' : 'false'}>
      ${body}
      <p class="visually-hidden" role="status">
        ${this.busy ? t('status.busy') : this.announcement}
      </p>
      ${this.renderDialog()}
    </div>`;
  }
}
