import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { PaymentRunClient } from '../../api/client.js';
import { newIdempotencyRef } from '../../api/idempotency.js';
import type { FundingInstruction, FundingInstructions } from '../../api/schemas/funding.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { simulateFundGroup } from '../../api/simulate.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { emit } from '../shared/emit.js';
import { leftThePage, reportFailure, type FundingData } from './funding-data.js';
import { runCurrencies } from './run-state.js';

/** What the actions need from the element: the run's id and whether it is in sandbox mode. */
export type FundingActionsHost = ReactiveElement & {
  readonly paymentRunId: string;
  readonly sandbox: boolean;
};

export interface FundingActionsOptions {
  api(): PaymentRunClient;
  data: FundingData;
  i18n: I18nController;
  /** Whether the user may fund, pay and cancel. */
  mayFund(): boolean;
}

/** Whether a failure says the run, an account or a parallel request moved on (409). */
const isConflict = (error: unknown) =>
  (error as { kind?: string } | undefined)?.kind === 'conflict';

/**
 * What the user does to fund a run: start funding with the chosen accounts, pay a group (and in
 * sandbox mode complete its payment), cancel a group through its confirmation dialog with one
 * `idempotency-ref` per cancel intent, kept while it is retried. One action at a time; each one's
 * outcome is announced and the run read again. Aborted when the host leaves the page.
 */
export class FundingActions implements ReactiveController {
  /** The group whose cancel awaits confirmation. */
  cancelling?: FundingInstruction;
  /** Groups handed over to the host's open-banking payment. */
  handedOver = new Set<string>();
  /** The last outcome for screen readers. */
  announcement = '';
  startError?: unknown;
  cancelError?: unknown;
  payError?: { reference: string; error: unknown };
  /** The group whose sandbox payment is under way. */
  paying?: string;
  readonly startTask: Task<readonly [string, string[]], FundingInstructions>;
  readonly cancelTask: Task<readonly [string, string], unknown>;
  readonly #payTask: Task<readonly [string], void>;
  #cancelRef?: string;
  readonly #host: FundingActionsHost;
  readonly #options: FundingActionsOptions;

  constructor(host: FundingActionsHost, options: FundingActionsOptions) {
    this.#host = host;
    this.#options = options;
    this.startTask = new Task(host, {
      autoRun: false,
      task: ([id, ids]: readonly [string, string[]], { signal }) =>
        options.api().fundPaymentRun(id, ids, { signal }),
      onError: (error) => reportFailure(host, error, 'fund'),
    });
    this.#payTask = new Task(host, {
      autoRun: false,
      task: async ([reference]: readonly [string], { signal }) => {
        if (!host.sandbox) return;
        await simulateFundGroup(options.api(), host.paymentRunId, reference, { signal });
      },
      onError: (error) => reportFailure(host, error, 'fund-group'),
    });
    this.cancelTask = new Task(host, {
      autoRun: false,
      task: ([reference, ref]: readonly [string, string], { signal }) =>
        options.api().cancelFundingGroup(host.paymentRunId, reference, {
          idempotencyRef: ref,
          signal,
        }),
      onError: (error) => reportFailure(host, error, 'cancel-group'),
    });
    host.addController(this);
  }

  /** Starting funding, paying or cancelling is under way. */
  get busy(): boolean {
    return [this.startTask, this.#payTask, this.cancelTask].some(
      (task) => task.status === TaskStatus.PENDING,
    );
  }

  hostDisconnected(): void {
    const reason = leftThePage();
    for (const task of [this.startTask, this.#payTask, this.cancelTask]) task.abort(reason);
  }

  /** Another run: no group of it was handed over. */
  clear(): void {
    this.handedOver = new Set();
  }

  /** The user chose another account: the last start's error no longer applies. */
  clearStartError(): void {
    this.startError = undefined;
    this.#host.requestUpdate();
  }

  /** Starts funding `run` with the chosen account of each currency. */
  async start(run: PaymentRun): Promise<void> {
    const { data } = this.#options;
    if (this.busy || !this.#options.mayFund()) return;
    const ids = data.choice.chosen(runCurrencies(run));
    if (!ids) return;
    this.clearStartError();
    await this.startTask.run([run.id, ids]);
    if (this.startTask.status !== TaskStatus.COMPLETE) {
      this.startError = this.startTask.error;
      // A 409 means the run, an account or a parallel request moved on: show what is true now.
      if (isConflict(this.startError)) {
        data.forgetAccounts();
        void data.refresh();
      }
      this.#host.requestUpdate();
      return;
    }
    data.started(ids, this.startTask.value?.fundingInstructions ?? []);
    this.#announce(this.#options.i18n.t('funding.started', { count: data.groups.length }));
    await this.#focus('#groups-title');
    void data.runTask.run();
  }

  /** Hands `group` over to the host's payment (`funding-start`); in sandbox mode pays it too. */
  async pay(group: FundingInstruction): Promise<void> {
    if (this.busy || !this.#options.mayFund()) return;
    const { paymentRunId } = this.#host;
    const linkedAccountId = this.#options.data.accountFor(group.totalAmount.currency);
    emit(this.#host, 'funding-start', { paymentRunId, group, linkedAccountId });
    this.handedOver = new Set([...this.handedOver, group.reference]);
    this.payError = undefined;
    this.#host.requestUpdate();
    if (!this.#host.sandbox) return;
    this.paying = group.reference;
    await this.#payTask.run([group.reference]);
    this.paying = undefined;
    this.#host.requestUpdate();
    if (this.#payTask.status === TaskStatus.ERROR) {
      this.payError = { reference: group.reference, error: this.#payTask.error };
      return;
    }
    this.#announce(this.#options.i18n.t('funding.group.simulated', { reference: group.reference }));
    await this.#options.data.refresh();
  }

  /** Asks to cancel `group` (`funding-group-cancel`) and, unless the host takes over, confirms it. */
  async requestCancel(group: FundingInstruction): Promise<void> {
    if (!this.#options.mayFund()) return;
    const detail = { paymentRunId: this.#host.paymentRunId, group };
    if (!emit(this.#host, 'funding-group-cancel', detail, { cancelable: true })) return;
    this.cancelling = group;
    this.cancelError = undefined;
    this.#cancelRef = newIdempotencyRef();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector('dialog')?.showModal();
  }

  /** The user confirmed the cancel: cancels the group with the intent's `idempotency-ref`. */
  async confirmCancel(): Promise<void> {
    const group = this.cancelling;
    if (!group || !this.#cancelRef || this.busy) return;
    this.cancelError = undefined;
    await this.cancelTask.run([group.reference, this.#cancelRef]);
    if (this.cancelTask.status === TaskStatus.ERROR) {
      this.cancelError = this.cancelTask.error;
      if (isConflict(this.cancelError)) void this.#options.data.refresh();
      this.#host.requestUpdate();
      return;
    }
    this.#host.renderRoot.querySelector('dialog')?.close();
    this.#announce(this.#options.i18n.t('funding.group.cancelled', { reference: group.reference }));
    await this.#options.data.refresh();
    await this.#focus(`[data-group="${CSS.escape(group.reference)}"]`);
  }

  /** The dialog closed (confirmed, dismissed or Escape): the cancel intent is over. */
  dialogClosed(): void {
    this.cancelling = undefined;
    this.cancelError = undefined;
    this.#cancelRef = undefined;
    this.#host.requestUpdate();
  }

  #announce(text: string): void {
    // A changed text is what screen readers read out, so the same message twice is re-set.
    this.announcement = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.announcement = text;
      this.#host.requestUpdate();
    });
  }

  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
