import { TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import { apiErrorStrings } from '../../i18n/api-errors.js';
import {
  changeConflictStrings,
  linkedAccountConflictStrings,
  runActionConflictStrings,
} from '../../i18n/conflict-strings.js';
import { paymentStatusStrings, runStatusStrings, statusLabel } from '../../i18n/status-labels.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { buttons, fields, skeleton, theme } from '../../styles/theme.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import { emit } from '../shared/emit.js';
import { rolesConverter } from '../shared/roles.js';
import { actionsView } from './action-views.js';
import { offeredActions, type OfferedAction, type RunAction } from './actions.js';
import { DialogController, dialogView } from './dialogs.js';
import './events.js';
import { isConflict, type Intent } from './intents.js';
import { untilShown } from './on-demand.js';
import { RunOutcome } from './outcome.js';
import { totalsByStatus } from './payments.js';
import { paymentsView } from './payments-view.js';
import { PaymentTable } from './payment-table.js';
import { styles } from './payment-run-status.styles.js';
import { tableStyles } from './payment-table.styles.js';
import { timelineStyles } from './timeline.styles.js';
import { RowWindow } from './row-window.js';
import { RunActions } from './run-actions.js';
import { RunCommands } from './run-commands.js';
import { RunSync } from './run-sync.js';
import { alertView, isTerminal, runView } from './run-view.js';
import { ScaStep } from './sca-step.js';
import { statusStrings } from './strings.js';
import { SupplierEdit } from './supplier-edit.js';
import { rowContext, rowPermissions, skeletonView, totalsView, type RowContext } from './views.js';

/**
 * One payment run: its status on a step timeline, every payment with its Confirmation-of-Payee
 * result, totals, and the actions its status and the user's roles allow. Stays current by
 * polling (with backoff, paused while the page is hidden, stopped at a terminal status) or by
 * runs the host pushes with `applyUpdate()`. Dialogs and the sandbox's SCA step load their code on
 * demand, when about to show (a failed load says so, with Retry); `updateComplete` waits for it.
 *
 * Focus after an action goes to the step it leads to (the SCA box's heading after Confirm and
 * Restart, the code field after "Send the code") or to the message that reports its outcome or
 * why it failed; a dialog closed without acting gives focus back to the button that opened it.
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
 * @fires {CustomEvent<PaymentRunDetail>} payment-run-challenge - The run entered PENDING_CHALLENGE: mount Weavr's authorisation UI (in the `challenge` slot).
 * @fires {CustomEvent<PaymentRunChangeDetail>} payment-run-change - The run changed (`{ paymentRun, previous }`).
 * @fires {CustomEvent<PaymentRunStatusErrorDetail>} payment-run-error - Reading the run or an action failed (`{ error, action }`).
 *
 * @slot challenge - Shown at the SCA step (PENDING_CHALLENGE) only, inside the "Authorise the run"
 *   box, in light DOM: mount Weavr's SCA UI here on `payment-run-challenge`. Slotted content
 *   replaces the built-in sandbox code form; the box's heading and explanation stay. Content
 *   slotted at any other status is not shown.
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
  static override styles = [theme, buttons, fields, skeleton, styles, timelineStyles, tableStyles];

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

  @state() private announcement = '';

  /** The English table; the texts of the dialogs and the sandbox's SCA step join it with their code. */
  private readonly texts: Record<string, string> = {
    // The 409s of confirming, changing, cancelling and restarting a run, cancelling payments.
    ...apiErrorStrings,
    ...linkedAccountConflictStrings,
    ...changeConflictStrings,
    ...runActionConflictStrings,
    ...runStatusStrings,
    ...paymentStatusStrings,
    ...statusStrings,
  };
  private readonly i18n = new I18nController(this, this.texts);
  private readonly internals = this.attachInternals();
  private offered = new Map<RunAction, OfferedAction>();
  private totals = totalsByStatus([]);
  private rowContext?: RowContext;

  private readonly dialogs = new DialogController(this, this.texts);
  private readonly table = new PaymentTable(this);
  private readonly rows = new RowWindow(
    this,
    () => this.table.visible.length,
    () => this.renderRoot.querySelector<HTMLElement>('.table-wrap'),
  );
  private readonly sca = new ScaStep(this, (intent) => this.commands.run(intent), this.texts);

  private readonly sync = new RunSync(this, {
    api: () => this.api,
    busy: () => this.actions.busy,
    statusChanged: (run) => {
      this.actions.forgetRefs();
      this.outcome.forget();
      this.announcement = statusLabel(this.i18n.t, 'run', run.status);
    },
  });

  private readonly actions = new RunActions(this, {
    run: () => this.paymentRun,
    api: () => this.api,
    failed: (intent, error) => void this.afterFailure(intent, error),
    succeeded: (intent, answer) => this.afterAction(intent, answer),
  });

  private readonly commands = new RunCommands(this, this.actions, this.dialogs, {
    run: () => this.paymentRun,
    offered: (action) => this.offered.get(action),
    selection: () => this.table.selection,
    starting: () => {
      this.announcement = '';
      this.outcome.forget();
    },
  });

  private readonly outcome = new RunOutcome(this, this.actions, this.dialogs);

  private readonly edit = new SupplierEdit(this, this.dialogs, {
    run: () => this.paymentRun,
    allowed: () => !this.actions.busy && !!this.offered.get('update-payment')?.allowed,
    locale: () => this.i18n.locale,
    save: (paymentId, supplier) => this.updateSupplier(paymentId, supplier),
    failure: () => this.actions.error,
  });

  protected override willUpdate(changed: PropertyValues): void {
    if (this.viewFailure !== undefined) return;
    const run = this.paymentRun;
    const payments = run?.payments ?? [];
    const before = changed.get('paymentRun') as PaymentRun | undefined;
    if (changed.has('paymentRun') && before?.id !== run?.id) this.rows.reset();
    if (changed.has('paymentRun') || changed.has('roles')) {
      this.offered = offeredActions(run?.status, this.roles);
      this.totals = totalsByStatus(payments);
      this.table.keepChangeable(payments);
      this.dialogs.prefetchIfOffered(this.offered);
    }
    if (changed.has('paymentRun') || changed.has('sandbox')) this.sca.follow(run, this.sandbox);
    this.table.order(payments, this.i18n.locale, changed.has('paymentRun'));
    this.rowContext = rowContext(this.rowContext, {
      t: this.i18n.t,
      money: this.i18n.money,
      locale: this.i18n.locale,
      strings: this.strings,
      theme: this.theme,
      ...rowPermissions(this.offered),
      onSelect: this.table.onSelect,
      onEdit: this.edit.onEdit,
      onPrefetch: this.dialogs.prefetch,
    });
  }

  protected override updated(changed: PropertyValues): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    const failed = this.viewFailure !== undefined;
    toggle('loading', !failed && !this.paymentRun && this.sync.status === TaskStatus.PENDING);
    toggle('busy', this.actions.busy);
    toggle('error', failed || this.sync.status === TaskStatus.ERROR || !!this.actions.error);
    if (changed.has('paymentRun') || changed.has('pollInterval')) this.sync.resetPolling();
  }

  /** Also waits for the code a part about to show loads on demand (a dialog, the SCA step). */
  protected override getUpdateComplete(): Promise<boolean> {
    const loading = () => this.dialogs.loading ?? this.sca.loading;
    return untilShown(() => super.getUpdateComplete(), loading);
  }

  /** Confirms the run (CONTROLLER): fires `payment-run-confirm`, then calls the API. */
  async confirm(): Promise<void> {
    await this.commands.confirm();
  }

  /**
   * Cancels the run: fires `payment-run-cancel`, asks the user in a dialog (unless
   * `skipConfirmation`), then calls the API. Resolves when done or declined.
   */
  async cancel(options: { skipConfirmation?: boolean } = {}): Promise<void> {
    await this.commands.cancel(options);
  }

  /**
   * Cancels payments awaiting confirmation: fires `payment-cancel`, asks the user (unless
   * `skipConfirmation`), then calls the API. Resolves when done or declined.
   */
  async cancelPayments(
    paymentIds: string[],
    options: { skipConfirmation?: boolean } = {},
  ): Promise<void> {
    await this.commands.cancelPayments(paymentIds, options);
  }

  /** Restarts a run after SCA_FAILED (CONTROLLER): fires `payment-run-restart`, then calls the API. */
  async restart(): Promise<void> {
    await this.commands.restart();
  }

  /** Replaces a payment's supplier (CREATOR, PENDING_CONFIRMATION): fires `payment-update`, then PUTs. Resolves `true` when saved. */
  async updateSupplier(paymentId: string, supplier: SupplierInput): Promise<boolean> {
    return this.commands.updateSupplier(paymentId, supplier);
  }

  /** Reads the run again now. */
  async refresh(): Promise<void> {
    await this.sync.refresh();
  }

  /**
   * Shows a run pushed by the host (e.g. a `paymentRunWatch` webhook relayed to the page).
   * Returns false, and changes nothing, when it is another run or older than the one shown.
   */
  applyUpdate(paymentRun: PaymentRun): boolean {
    return this.sync.push(paymentRun);
  }

  private async afterAction(intent: Intent, answer: PaymentRun | undefined): Promise<void> {
    if (!this.sca.succeeded(intent)) {
      if (intent.action === 'cancel-payments') this.table.clearSelection();
      // Confirm answers with the run; after the others it is read again.
      if (answer) this.sync.take(answer, 'action');
      else await this.refresh();
    }
    this.outcome.succeeded(intent, this.paymentRun?.status);
  }

  private async afterFailure(intent: Intent, error: unknown): Promise<void> {
    emit(this, 'payment-run-error', { error, action: intent.action });
    // The run moved on (409) or an SCA failure changed it: show what it is now.
    if (isConflict(error)) await this.refresh();
    await this.outcome.failed(intent, this.paymentRun?.status);
  }

  private readonly onRetry = () => {
    this.retryView();
    void this.refresh();
  };

  private renderRun(run: PaymentRun): TemplateResult {
    const { t } = this.i18n;
    const { table } = this;
    const { outcome, scaError } = this.outcome.view(this.i18n, run.status);
    return runView(this.i18n, {
      run,
      cancelledFrom: this.sync.cancelledFrom,
      readError: this.sync.readError,
      sca: this.sca.view(t, run, this.offered.get('sca')?.allowed ?? false, scaError),
      actions: actionsView(t, {
        offered: this.offered,
        selected: table.selection.size,
        busy: this.actions.busy,
        terminal: isTerminal(run.status),
        outcome,
        onAction: this.commands.onAction,
        onDismiss: this.outcome.onDismiss,
        onPrefetch: this.dialogs.prefetch,
      }),
      totals: totalsView(this.i18n, this.totals),
      payments: paymentsView(t, {
        ...table.state,
        ctx: this.rowContext!,
        all: run.payments,
        slice: this.rows.slice(table.visible),
        onScroll: this.rows.onScroll,
        byStatus: this.totals.byStatus,
        onUseName: this.edit.onUseName,
      }),
      onRetry: this.onRetry,
    });
  }

  private renderBody(): TemplateResult {
    const { t } = this.i18n;
    if (this.paymentRun) return this.renderRun(this.paymentRun);
    if (this.sync.status === TaskStatus.ERROR) {
      return alertView(this.i18n, this.sync.error, {
        label: t('action.retry'),
        onClick: this.onRetry,
      });
    }
    if (this.sync.status === TaskStatus.PENDING || this.paymentRunId) return skeletonView(t);
    return html`<p class="muted">${t('status.empty')}</p>`;
  }

  protected override render() {
    const { t } = this.i18n;
    if (this.viewFailure !== undefined) {
      const retry = { label: t('action.retry'), onClick: this.onRetry };
      return html`<div class="root" part="base">
        ${alertView(this.i18n, this.viewFailure, retry)}
      </div>`;
    }
    return html`<div class="root" part="base" aria-busy=${this.actions.busy ? 'true' : 'false'}>
      ${this.renderBody()}
      <p class="visually-hidden" role="status">
        ${this.actions.busy ? t('status.busy') : this.announcement}
      </p>
      ${dialogView(this.i18n, this.dialogs, {
        strings: this.strings,
        onEditSubmit: this.edit.onSubmit,
        onConfirmCancel: this.commands.onConfirmCancel,
      })}
    </div>`;
  }
}
