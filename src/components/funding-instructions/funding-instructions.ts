import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newIdempotencyRef } from '../../api/idempotency.js';
import { simulateFundGroup } from '../../api/simulate.js';
import type {
  FundingInstruction,
  FundingInstructions as Instructions,
} from '../../api/schemas/funding.js';
import type { LinkedAccount } from '../../api/schemas/linked-account.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { apiStrings } from '../../i18n/api-strings.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { buttons, theme } from '../../styles/theme.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import { emit } from '../shared/emit.js';
import { roleStrings } from '../shared/role-strings.js';
import { checkRoles, roleReasonKey, rolesConverter, type RoleCheck } from '../shared/roles.js';
import { isStale } from '../shared/run-freshness.js';
import { RunPoller } from '../shared/run-poller.js';
import { startChoiceView } from './account-views.js';
import { accountsForExistingGroups, defaultSelection, isUsable } from './accounts.js';
import type { FundingErrorDetail } from './events.js';
import { styles } from './funding-instructions.styles.js';
import { cancelDialogView, groupsView } from './group-views.js';
import {
  fundingStage,
  isFinalGroup,
  isTerminalRun,
  runCurrencies,
  runTotals,
  type FundingStage,
} from './run-state.js';
import { fundingStrings } from './strings.js';
import {
  closedView,
  errorView,
  headerView,
  notReadyView,
  skeletonView,
  type View,
} from './views.js';

type Action = FundingErrorDetail['action'];

/** Longest wait between checks the backoff reaches, ms. */
const MAX_POLL_INTERVAL = 30_000;

/**
 * Funds a confirmed and authorised payment run over open banking: the user picks one linked
 * bank account per currency, starts funding, and pays every funding group from their bank. Before
 * the run is ready it says what comes first and follows the run until it is. Funding, paying and
 * cancelling groups need the CONTROLLER role: when `roles` says the user lacks it, they are shown
 * disabled with the reason and the linked accounts and groups are not requested.
 *
 * @summary Fund a payment run: choose the linked account, start funding, pay and watch each group.
 * @tag funding-instructions
 *
 * @fires {CustomEvent<FundingStartDetail>} funding-start - A group needs paying: the host starts Weavr's open-banking payment for `group.reference` (not cancelable).
 * @fires {CustomEvent<FundingGroupCancelDetail>} funding-group-cancel - The user asked to cancel a group awaiting funds; `preventDefault()` takes the action over (cancelable).
 * @fires {CustomEvent<FundingLinkAccountDetail>} funding-link-account - No linked account can pay a currency of the run; `preventDefault()` when the host opens account linking (cancelable).
 * @fires {CustomEvent<{ error: unknown; action: string }>} payment-run-error - A call failed; `action` is `load`, `list-linked-accounts`, `fund`, `refresh-groups`, `fund-group` or `cancel-group`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - Why the run cannot be funded (yet).
 * @csspart accounts - The radio group of the accounts of one currency.
 * @csspart empty - The empty state of a currency no account can pay.
 * @csspart start-button - "Start funding".
 * @csspart progress - Progress over the funding groups.
 * @csspart group - One funding group.
 * @csspart pay-button - "Pay from your bank" of a group.
 * @csspart dialog - The confirmation of a group cancel.
 * @csspart error - An error message.
 *
 * @cssprop --pr-funding-gap - Space between sections (default `--pr-space-m`).
 * @cssprop --pr-funding-padding - Padding of the element (default 0).
 * @cssprop --pr-funding-card-background - Background of accounts, groups and dialog (default the surface colour).
 * @cssprop --pr-funding-card-border - Border of cards (default 1px `--pr-color-border-subtle`).
 * @cssprop --pr-funding-progress-color - Colour of the progress bar (default `--pr-color-accent`).
 * @cssprop --pr-funding-logo-size - Size of bank logos (default 2rem).
 *
 * @cssstate loading - The run is loading for the first time.
 * @cssstate busy - A request is under way (starting funding, paying or cancelling a group, refreshing).
 * @cssstate error - The run could not be loaded.
 */
export class FundingInstructionsElement extends PaymentRunElement {
  static override styles = [theme, buttons, styles];

  /** Id of the payment run to fund. */
  @property({ attribute: 'payment-run-id' }) paymentRunId = '';

  /** Sandbox mode: after `funding-start` the element funds the group itself through the sandbox's `/simulate` call. */
  @property({ type: Boolean, reflect: true }) sandbox = false;

  /** The user's roles, e.g. `"CREATOR CONTROLLER"`: without CONTROLLER, funding is shown disabled with the reason. Unset: the API decides. */
  @property({ converter: rolesConverter }) roles?: string[];

  /** First delay (ms) between checks while the run or its groups can still change; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 4000;

  @state() private run?: PaymentRun;
  @state() private accounts?: LinkedAccount[];
  @state() private groups: FundingInstruction[] = [];
  @state() private selection: Record<string, string> = {};
  @state() private cancelling?: FundingInstruction;
  @state() private handedOver = new Set<string>();
  @state() private linkUnhandled = new Set<string>();
  @state() private announcement = '';
  @state() private startError?: unknown;
  @state() private cancelError?: unknown;
  @state() private payError?: { reference: string; error: unknown };
  @state() private paying?: string;

  /** The accounts funding was started with here; otherwise derived from the linked accounts. */
  #fundedWith?: string[];
  /** One `idempotency-ref` per cancel intent, kept while it is retried. */
  #cancelRef?: string;
  #stage?: FundingStage;

  private readonly internals = this.attachInternals();
  private readonly i18n = new I18nController(this, {
    ...apiStrings,
    ...roleStrings,
    ...fundingStrings,
  });
  readonly #poller = new RunPoller(this, {
    interval: () => this.pollInterval,
    maxInterval: () => Math.max(this.pollInterval, MAX_POLL_INTERVAL),
    active: () => this.#shouldPoll(),
    poll: () => this.#pollRound(),
  });

  readonly #load = new Task(this, {
    args: () => [this.paymentRunId, this.client, this.apiBase, this.tokenEndpoint] as const,
    task: async ([id], { signal }) => (id ? this.api.getPaymentRun(id, { signal }) : undefined),
    onComplete: (run) => {
      if (run) this.#acceptRun(run);
    },
    onError: (error) => this.#report(error, 'load'),
  });

  readonly #accountsTask = new Task(this, {
    autoRun: false,
    task: async (_: readonly [], { signal }) =>
      (await this.api.listLinkedAccounts({ signal })).linkedAccounts,
    onComplete: (accounts) => this.#acceptAccounts(accounts),
    onError: (error) => this.#report(error, 'list-linked-accounts'),
  });

  readonly #groupsTask = new Task(this, {
    autoRun: false,
    task: ([id, ids]: readonly [string, string[]], { signal }) =>
      this.api.fundPaymentRun(id, ids, { signal }),
    onComplete: (answer: Instructions) => {
      this.groups = answer.fundingInstructions ?? [];
    },
    onError: (error) => this.#report(error, 'refresh-groups'),
  });

  readonly #startTask = new Task(this, {
    autoRun: false,
    task: ([id, ids]: readonly [string, string[]], { signal }) =>
      this.api.fundPaymentRun(id, ids, { signal }),
    onError: (error) => this.#report(error, 'fund'),
  });

  readonly #payTask = new Task(this, {
    autoRun: false,
    task: async ([reference]: readonly [string], { signal }) => {
      if (!this.sandbox) return;
      await simulateFundGroup(this.api, this.paymentRunId, reference, { signal });
    },
    onError: (error) => this.#report(error, 'fund-group'),
  });

  readonly #cancelTask = new Task(this, {
    autoRun: false,
    task: ([reference, ref]: readonly [string, string], { signal }) =>
      this.api.cancelFundingGroup(this.paymentRunId, reference, { idempotencyRef: ref, signal }),
    onError: (error) => this.#report(error, 'cancel-group'),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: what was under way was aborted on the way out, so load again.
    if (this.hasUpdated) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const reason = new DOMException('The element left the page.', 'AbortError');
    for (const task of this.#tasks) task.abort(reason);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('paymentRunId') && changed.get('paymentRunId') !== undefined) {
      this.run = undefined;
      this.accounts = undefined;
      this.groups = [];
      this.selection = {};
      this.handedOver = new Set();
      this.#fundedWith = undefined;
    }
    this.#stage = this.run ? fundingStage(this.run, this.groups) : undefined;
    // Roles that now allow funding: read what funding needs.
    if (changed.has('roles') && this.run) void this.#loadDependents();
  }

  protected override updated(): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('loading', !this.run && this.#load.status === TaskStatus.PENDING);
    toggle('busy', this.#busy || (!!this.run && this.#load.status === TaskStatus.PENDING));
    toggle('error', !this.run && this.#load.status === TaskStatus.ERROR);
  }

  /** Loads the run again, and its linked accounts and funding groups where they matter. */
  async refresh(): Promise<void> {
    await this.#load.run();
    await this.#loadDependents();
  }

  /**
   * Shows a run the host received (e.g. a `paymentRunWatch` webhook) without waiting for polling.
   * A run of another id, or older than the one shown, is ignored; returns whether it was applied.
   */
  applyUpdate(paymentRun: PaymentRun): boolean {
    if (paymentRun.id !== this.paymentRunId) return false;
    if (this.run && isStale(this.run, paymentRun)) return false;
    this.#acceptRun(paymentRun);
    this.#poller.reset();
    return true;
  }

  get #tasks() {
    return [
      this.#load,
      this.#accountsTask,
      this.#groupsTask,
      this.#startTask,
      this.#payTask,
      this.#cancelTask,
    ];
  }

  get #busy(): boolean {
    return [this.#startTask, this.#payTask, this.#cancelTask].some(
      (task) => task.status === TaskStatus.PENDING,
    );
  }

  /** Funding, paying and cancelling groups need CONTROLLER (the API has the last word). */
  get #fundRole(): RoleCheck {
    return checkRoles(['CONTROLLER'], this.roles);
  }

  get #view(): View {
    const { t, locale, money, date } = this.i18n;
    return { t, locale, money, date };
  }

  #shouldPoll(): boolean {
    if (!this.run || !this.isConnected) return false;
    if (this.#stage === 'waiting') return true;
    if (this.#stage !== 'funding') return false;
    return !isTerminalRun(this.run) || !this.groups.every(isFinalGroup);
  }

  #acceptRun(run: PaymentRun): void {
    this.run = run;
    void this.#loadDependents();
  }

  /** Linked accounts once the run can be funded; its groups once funding has started. */
  async #loadDependents(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const stage = fundingStage(run, this.groups);
    if (stage !== 'choose' && stage !== 'funding') return;
    if (!this.#fundRole.allowed) return;
    if (!this.accounts) {
      if (this.#accountsTask.status !== TaskStatus.PENDING) await this.#accountsTask.run([]);
      else await this.#accountsTask.taskComplete.catch(() => undefined);
    }
    if (fundingStage(run, this.groups) === 'funding') await this.#refreshGroups();
  }

  #acceptAccounts(accounts: LinkedAccount[]): void {
    this.accounts = accounts;
    const currencies = this.run ? runCurrencies(this.run) : [];
    const kept = Object.fromEntries(
      Object.entries(this.selection).filter(([, id]) =>
        accounts.some((a) => a.id === id && isUsable(a, currencies)),
      ),
    );
    this.selection = { ...defaultSelection(accounts, currencies), ...kept };
  }

  /** The accounts to ask `/fund` for the run's groups: those funding was started with here, else guessed. */
  #fundingIds(): string[] {
    if (this.#fundedWith) return this.#fundedWith;
    if (!this.run || !this.accounts) return [];
    return accountsForExistingGroups(this.accounts, runCurrencies(this.run));
  }

  async #refreshGroups(): Promise<void> {
    // One /fund call at a time: the API refuses concurrent ones (FUNDING_REQUEST_IN_PROGRESS).
    if (this.#groupsTask.status === TaskStatus.PENDING) {
      await this.#groupsTask.taskComplete.catch(() => undefined);
      return;
    }
    const ids = this.#fundingIds();
    if (!ids.length) return;
    await this.#groupsTask.run([this.paymentRunId, ids]);
  }

  /** One check; a failed read shows itself and counts as nothing new. */
  async #pollRound(): Promise<'changed' | 'same'> {
    const before = this.#signature();
    await this.refresh();
    return this.#signature() !== before ? 'changed' : 'same';
  }

  #signature(): string {
    const run = this.run;
    return JSON.stringify([
      run?.status,
      run?.payments.map((p) => p.status),
      this.groups.map((g) => [g.status, g.fundingDate]),
    ]);
  }

  #report(error: unknown, action: Action): void {
    if (!this.isConnected || (error as { name?: string } | undefined)?.name === 'AbortError')
      return;
    emit(this, 'payment-run-error', { error, action });
  }

  #accountFor(currency: string): string {
    const ids = this.#fundedWith ?? [...Object.values(this.selection), ...this.#fundingIds()];
    const match = ids.find((id) => this.accounts?.find((a) => a.id === id)?.currency === currency);
    return match ?? ids[0] ?? '';
  }

  #announce(text: string): void {
    // A changed text is what screen readers read out, so the same message twice is re-set.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly #onSelect = (currency: string, id: string) => {
    this.selection = { ...this.selection, [currency]: id };
    this.startError = undefined;
  };

  readonly #onLink = (currency: string) => {
    if (emit(this, 'funding-link-account', { currency }, { cancelable: true })) {
      this.linkUnhandled = new Set([...this.linkUnhandled, currency]);
    }
  };

  readonly #onStart = async () => {
    const run = this.run;
    if (!run || this.#busy || !this.#fundRole.allowed) return;
    const ids = runCurrencies(run).map((c) => this.selection[c]);
    if (ids.some((id) => !id)) return;
    this.startError = undefined;
    await this.#startTask.run([run.id, ids]);
    if (this.#startTask.status !== TaskStatus.COMPLETE) {
      this.startError = this.#startTask.error;
      // A 409 means the run, an account or a parallel request moved on: show what is true now.
      if ((this.startError as { kind?: string }).kind === 'conflict') {
        this.accounts = undefined;
        void this.refresh();
      }
      return;
    }
    this.#fundedWith = ids;
    this.groups = this.#startTask.value?.fundingInstructions ?? [];
    this.#announce(this.i18n.t('funding.started', { count: this.groups.length }));
    await this.#focus('#groups-title');
    void this.#load.run();
  };

  readonly #onPay = async (group: FundingInstruction) => {
    if (this.#busy || !this.#fundRole.allowed) return;
    const linkedAccountId = this.#accountFor(group.totalAmount.currency);
    emit(this, 'funding-start', { paymentRunId: this.paymentRunId, group, linkedAccountId });
    this.handedOver = new Set([...this.handedOver, group.reference]);
    this.payError = undefined;
    if (!this.sandbox) return;
    this.paying = group.reference;
    await this.#payTask.run([group.reference]);
    this.paying = undefined;
    if (this.#payTask.status === TaskStatus.ERROR) {
      this.payError = { reference: group.reference, error: this.#payTask.error };
      return;
    }
    this.#announce(this.i18n.t('funding.group.simulated', { reference: group.reference }));
    await this.refresh();
  };

  readonly #onCancel = async (group: FundingInstruction) => {
    if (!this.#fundRole.allowed) return;
    const detail = { paymentRunId: this.paymentRunId, group };
    if (!emit(this, 'funding-group-cancel', detail, { cancelable: true })) return;
    this.cancelling = group;
    this.cancelError = undefined;
    this.#cancelRef = newIdempotencyRef();
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  };

  readonly #onConfirmCancel = async () => {
    const group = this.cancelling;
    if (!group || !this.#cancelRef || this.#busy) return;
    this.cancelError = undefined;
    await this.#cancelTask.run([group.reference, this.#cancelRef]);
    if (this.#cancelTask.status === TaskStatus.ERROR) {
      this.cancelError = this.#cancelTask.error;
      if ((this.cancelError as { kind?: string }).kind === 'conflict') void this.refresh();
      return;
    }
    this.renderRoot.querySelector('dialog')?.close();
    this.#announce(this.i18n.t('funding.group.cancelled', { reference: group.reference }));
    await this.refresh();
    await this.#focus(`[data-group="${CSS.escape(group.reference)}"]`);
  };

  readonly #onDialogClose = () => {
    this.cancelling = undefined;
    this.cancelError = undefined;
    this.#cancelRef = undefined;
  };

  readonly #onRetry = () => void this.refresh();

  #roleReason(v: View): string | undefined {
    const role = this.#fundRole;
    return role.needs ? v.t(roleReasonKey(role.needs)) : undefined;
  }

  #renderBody(v: View): TemplateResult | typeof nothing {
    const run = this.run;
    if (!run) {
      if (this.#load.status === TaskStatus.ERROR) {
        return errorView(v, this.#load.error, this.#onRetry);
      }
      return this.paymentRunId ? skeletonView(v.t('funding.loading')) : nothing;
    }
    switch (this.#stage) {
      case 'waiting':
        return notReadyView(v, run, this.pollInterval > 0);
      case 'closed':
        return closedView(v, run);
      case 'choose':
        return this.#renderChoice(v, run);
      default:
        return this.#renderGroups(v, run);
    }
  }

  #renderAccountsState(v: View): TemplateResult | undefined {
    if (this.accounts) return undefined;
    if (this.#accountsTask.status === TaskStatus.ERROR) {
      return errorView(v, this.#accountsTask.error, this.#onRetry);
    }
    return skeletonView(v.t('funding.accounts.loading'));
  }

  #renderChoice(v: View, run: PaymentRun): TemplateResult {
    const roleReason = this.#roleReason(v);
    return startChoiceView(v, {
      accounts: this.accounts ?? [],
      accountsState: roleReason ? undefined : this.#renderAccountsState(v),
      totals: runTotals(run),
      selection: this.selection,
      linkUnhandled: this.linkUnhandled,
      disabled: this.#startTask.status === TaskStatus.PENDING,
      startError: this.startError,
      roleReason,
      onSelect: this.#onSelect,
      onLink: this.#onLink,
      onStart: () => void this.#onStart(),
    });
  }

  #renderGroups(v: View, run: PaymentRun): TemplateResult {
    const roleReason = this.#roleReason(v);
    if (!this.groups.length) {
      if (roleReason) {
        return html`<p class="notice" part="notice">${v.t('funding.accounts.permission')}</p>`;
      }
      const accountsState = this.#renderAccountsState(v);
      if (accountsState) return accountsState;
      if (this.#groupsTask.status === TaskStatus.ERROR) {
        return errorView(v, this.#groupsTask.error, this.#onRetry);
      }
      if (!this.#fundingIds().length) {
        return html`<p class="notice" part="notice">${v.t('funding.groups.unknownAccount')}</p>`;
      }
    }
    return html`
      ${
        this.groups.length && this.#groupsTask.status === TaskStatus.ERROR
          ? errorView(v, this.#groupsTask.error, this.#onRetry)
          : nothing
      }
      ${groupsView(v, run, this.groups, {
        paymentRunId: run.id,
        paying: this.paying,
        handedOver: this.handedOver,
        payError: this.payError,
        busy: this.#busy,
        roleReason,
        onPay: (group) => void this.#onPay(group),
        onCancel: (group) => void this.#onCancel(group),
      })}
    `;
  }

  override render(): TemplateResult {
    const v = this.#view;
    return html`
      <div class="root" part="base">
        ${headerView(v, {
          run: this.run,
          refreshing: !!this.run && this.#load.status === TaskStatus.PENDING,
          onRefresh: this.#onRetry,
        })}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBody(v)}
        ${cancelDialogView(v, {
          group: this.cancelling,
          busy: this.#cancelTask.status === TaskStatus.PENDING,
          error: this.cancelError,
          onConfirm: () => void this.#onConfirmCancel(),
          onClose: this.#onDialogClose,
        })}
      </div>
    `;
  }
}
