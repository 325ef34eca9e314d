import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { apiErrorStrings } from '../../i18n/api-errors.js';
import {
  fundingConflictStrings,
  linkedAccountConflictStrings,
} from '../../i18n/conflict-strings.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { runStatusStrings } from '../../i18n/status-labels.js';
import { buttons, skeleton, theme } from '../../styles/theme.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import { roleStrings } from '../shared/role-strings.js';
import { checkRoles, roleReasonKey, rolesConverter, type RoleCheck } from '../shared/roles.js';
import { isStale } from '../shared/run-freshness.js';
import { RunPoller } from '../shared/run-poller.js';
import { Announcer } from './announcer.js';
import { paidTotals } from './run-state.js';
import { FocusKeeper } from './focus-keeper.js';
import { FundingData } from './funding-data.js';
import { styles } from './funding-instructions.styles.js';
import { FundingParts } from './parts.js';
import { fundingStrings } from './strings.js';
import {
  choiceStageView,
  closedView,
  errorView,
  headerView,
  notReadyView,
  skeletonView,
  startForbiddenView,
  type View,
} from './views.js';

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
 * @slot bank-payment - The host's open-banking UI for the group being paid (e.g. Weavr's component, which will not mount in a shadow root). Shown inside that group's card, under "Your bank payment was started", from "Pay from your bank" (`funding-start`) until the group's funds arrive or it is cancelled; not rendered at any other step.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - Why the run cannot be funded (yet).
 * @csspart accounts - The radio group of the accounts of one currency.
 * @csspart empty - The empty state of a currency no account can pay.
 * @csspart start-button - "Start funding".
 * @csspart progress - Progress over the funding groups.
 * @csspart group - One funding group.
 * @csspart pay-button - "Pay from your bank" of a group.
 * @csspart bank-payment - The area of the group being paid: the message and the `bank-payment` slot.
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
  static override styles = [theme, buttons, skeleton, styles];

  /** Id of the payment run to fund. */
  @property({ attribute: 'payment-run-id' }) paymentRunId = '';

  /** Sandbox mode: after `funding-start` the element funds the group itself through the sandbox's `/simulate` call. */
  @property({ type: Boolean, reflect: true }) sandbox = false;

  /** The user's roles, e.g. `"CREATOR CONTROLLER"`: without CONTROLLER, funding is shown disabled with the reason. Unset: the API decides. */
  @property({ converter: rolesConverter }) roles?: string[];

  /** First delay (ms) between checks while the run or its groups can still change; 0 turns polling off. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 4000;

  private readonly internals = this.attachInternals();
  /** The English table; the texts of each part join it with the part's code (`parts.ts`). */
  readonly #texts: Record<string, string> = {
    // The 409s of funding a run and cancelling a funding group.
    ...apiErrorStrings,
    ...linkedAccountConflictStrings,
    ...fundingConflictStrings,
    ...runStatusStrings,
    ...roleStrings,
    ...fundingStrings,
  };
  private readonly i18n = new I18nController(this, this.#texts);
  readonly #poller = new RunPoller(this, {
    interval: () => this.pollInterval,
    maxInterval: () => Math.max(this.pollInterval, MAX_POLL_INTERVAL),
    active: () => this.#data.changing,
    poll: () => this.#data.poll(),
  });
  readonly #data = new FundingData(this, {
    api: () => this.api,
    runId: () => this.paymentRunId,
    clientConfig: () => [this.client, this.apiBase, this.tokenEndpoint],
    mayFund: () => this.#fundRole.allowed,
  });
  readonly #announcer = new Announcer(this);
  readonly #focusKeeper = new FocusKeeper(this);
  // The UI of the "choose" and "funding" stages, loaded once a stage needs it.
  readonly #parts = new FundingParts(this, {
    api: () => this.api,
    data: this.#data,
    i18n: this.i18n,
    texts: this.#texts,
    mayFund: () => this.#fundRole.allowed,
    announce: (text) => this.#announcer.announce(text),
    focus: async (selector) => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: what was under way was aborted on the way out, so load again.
    if (this.hasUpdated) void this.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.viewFailure !== undefined) return;
    if (changed.has('paymentRunId') && changed.get('paymentRunId') !== undefined) {
      this.#data.clear();
      this.#parts.clear();
    }
    // Roles that now allow funding: read what funding needs.
    if (changed.has('roles') && this.#data.run) void this.#data.loadDependents();
  }

  protected override updated(): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    const failed = this.viewFailure !== undefined;
    const loading = this.#data.runTask.status === TaskStatus.PENDING;
    toggle('loading', !failed && !this.#data.run && loading);
    toggle('busy', this.#parts.busy || (!!this.#data.run && loading));
    toggle('error', failed || (!this.#data.run && this.#data.runTask.status === TaskStatus.ERROR));
  }

  /** Loads the run again, and its linked accounts and funding groups where they matter. */
  async refresh(): Promise<void> {
    // And any part of the element that could not be loaded.
    await Promise.all([this.#data.refresh(), this.#parts.retry()]);
  }

  /**
   * Shows a run the host received (e.g. a `paymentRunWatch` webhook) without waiting for polling.
   * A run of another id, or older than the one shown, is ignored; returns whether it was applied.
   */
  applyUpdate(paymentRun: PaymentRun): boolean {
    if (paymentRun.id !== this.paymentRunId) return false;
    if (this.#data.run && isStale(this.#data.run, paymentRun)) return false;
    this.#data.accept(paymentRun);
    this.#poller.reset();
    return true;
  }

  /** Funding, paying and cancelling groups need CONTROLLER (the API has the last word). */
  get #fundRole(): RoleCheck {
    return checkRoles(['CONTROLLER'], this.roles);
  }

  get #view(): View {
    const { t, locale, money, date } = this.i18n;
    return { t, locale, money, date };
  }

  readonly #onRetry = () => void this.#retry();

  /** Retry of an error: once loaded, focus goes to what came instead (its heading). */
  async #retry(): Promise<void> {
    this.retryView();
    await this.refresh();
    await this.updateComplete;
    this.#focusKeeper.restore();
  }

  #roleReason(v: View): string | undefined {
    const role = this.#fundRole;
    return role.needs ? v.t(roleReasonKey(role.needs)) : undefined;
  }

  #renderBody(v: View): TemplateResult | typeof nothing {
    const run = this.#data.run;
    if (!run) {
      if (this.#data.runTask.status === TaskStatus.ERROR) {
        return errorView(v, this.#data.runTask.error, this.#onRetry);
      }
      return this.paymentRunId ? skeletonView(v.t('funding.loading')) : nothing;
    }
    switch (this.#data.stage) {
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
    if (this.#data.accounts) return undefined;
    if (this.#data.accountsTask.status === TaskStatus.ERROR) {
      return errorView(v, this.#data.accountsTask.error, this.#onRetry);
    }
    return skeletonView(v.t('funding.accounts.loading'));
  }

  #renderChoice(v: View, run: PaymentRun): TemplateResult {
    const roleReason = this.#roleReason(v);
    if (roleReason) return choiceStageView(v, startForbiddenView(v, roleReason));
    const loading = v.t('funding.accounts.loading');
    const body =
      this.#renderAccountsState(v) ??
      this.#parts.choice.render(v, { loading, onRetry: this.#onRetry }, (part) =>
        part.render(v, run),
      );
    return choiceStageView(v, body);
  }

  #renderGroupsState(v: View, roleReason: string | undefined): TemplateResult | undefined {
    if (roleReason) {
      return html`<p class="notice" part="notice">${v.t('funding.accounts.permission')}</p>`;
    }
    const accountsState = this.#renderAccountsState(v);
    if (accountsState) return accountsState;
    if (this.#data.groupsTask.status === TaskStatus.ERROR) {
      return errorView(v, this.#data.groupsTask.error, this.#onRetry);
    }
    if (!this.#data.fundingIds().length) {
      return html`<p class="notice" part="notice">${v.t('funding.groups.unknownAccount')}</p>`;
    }
    return undefined;
  }

  #renderGroups(v: View, run: PaymentRun): TemplateResult {
    const roleReason = this.#roleReason(v);
    const { groups, groupsTask } = this.#data;
    const state = groups.length ? undefined : this.#renderGroupsState(v, roleReason);
    if (state) return state;
    const loading = v.t('funding.loading');
    return html`
      ${
        groups.length && groupsTask.status === TaskStatus.ERROR
          ? errorView(v, groupsTask.error, this.#onRetry)
          : nothing
      }
      ${this.#parts.groups.render(v, { loading, onRetry: this.#onRetry }, (part) =>
        part.render(v, run, groups, roleReason),
      )}
    `;
  }

  override render(): TemplateResult {
    const v = this.#view;
    if (this.viewFailure !== undefined) {
      return html`<div class="root" part="base">
        ${errorView(v, this.viewFailure, this.#onRetry)}
      </div>`;
    }
    const { announcement } = this.#announcer;
    return html`
      <div class="root" part="base">
        ${headerView(v, {
          run: this.#data.run,
          refreshing: !!this.#data.run && this.#data.runTask.status === TaskStatus.PENDING,
          paid: paidTotals(this.#data.run, this.#data.groups),
          onRefresh: this.#onRetry,
        })}
        <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
        ${this.#renderBody(v)} ${this.#parts.groups.value?.renderDialog(v) ?? nothing}
      </div>
    `;
  }
}
