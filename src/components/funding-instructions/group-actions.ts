import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { newIdempotencyRef } from '../../api/idempotency.js';
import type { FundingInstruction } from '../../api/schemas/funding.js';
import { simulateFundGroup } from '../../api/simulate.js';
import { emit } from '../shared/emit.js';
import { isConflict, leftThePage, reportFailure } from './funding-data.js';
import type { PartOptions } from './parts.js';

/** What the actions need from the element: the run's id and whether it is in sandbox mode. */
export type GroupActionsHost = ReactiveElement & {
  readonly paymentRunId: string;
  readonly sandbox: boolean;
};

/**
 * What the user does with the funding groups: pay a group (and in sandbox mode complete its
 * payment), cancel a group through its confirmation dialog with one `idempotency-ref` per cancel
 * intent, kept while it is retried. One action at a time; each one's outcome is announced and the
 * run read again. Aborted when the host leaves the page.
 */
export class GroupActions implements ReactiveController {
  /** The group whose cancel awaits confirmation. */
  cancelling?: FundingInstruction;
  /** Groups handed over to the host's open-banking payment. */
  handedOver = new Set<string>();
  /** The group last handed over, whose payment the host shows in the `bank-payment` slot. */
  bankPayment?: string;
  cancelError?: unknown;
  payError?: { reference: string; error: unknown };
  /** The group whose sandbox payment is under way. */
  paying?: string;
  readonly cancelTask: Task<readonly [string, string], unknown>;
  readonly #payTask: Task<readonly [string], void>;
  #cancelRef?: string;
  readonly #host: GroupActionsHost;
  readonly #options: PartOptions;

  constructor(host: GroupActionsHost, options: PartOptions) {
    this.#host = host;
    this.#options = options;
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

  /** Paying or cancelling is under way. */
  get busy(): boolean {
    return [this.#payTask, this.cancelTask].some((task) => task.status === TaskStatus.PENDING);
  }

  hostDisconnected(): void {
    const reason = leftThePage();
    for (const task of [this.#payTask, this.cancelTask]) task.abort(reason);
  }

  /** Another run: no group of it was handed over. */
  clear(): void {
    this.handedOver = new Set();
    this.bankPayment = undefined;
  }

  /** Hands `group` over to the host's payment (`funding-start`); in sandbox mode pays it too. */
  async pay(group: FundingInstruction): Promise<void> {
    if (this.busy || !this.#options.mayFund()) return;
    const { paymentRunId } = this.#host;
    const linkedAccountId = this.#options.data.accountFor(group.totalAmount.currency);
    emit(this.#host, 'funding-start', { paymentRunId, group, linkedAccountId });
    this.handedOver = new Set([...this.handedOver, group.reference]);
    this.bankPayment = group.reference;
    this.payError = undefined;
    this.#host.requestUpdate();
    // The message that the payment started, beside the host's bank step (`bank-payment` slot).
    await this.#options.focus(`#handed-${CSS.escape(group.reference)}`);
    if (!this.#host.sandbox) return;
    this.paying = group.reference;
    await this.#payTask.run([group.reference]);
    this.paying = undefined;
    this.#host.requestUpdate();
    if (this.#payTask.status === TaskStatus.ERROR) {
      this.payError = { reference: group.reference, error: this.#payTask.error };
      await this.#options.focus(`#pay-error-${CSS.escape(group.reference)}`);
      return;
    }
    this.#options.announce(
      this.#options.i18n.t('funding.group.simulated', { reference: group.reference }),
    );
    await this.#options.data.refresh();
    // Funded: the group's own heading, now that its buttons are gone.
    await this.#options.focus(`[data-group="${CSS.escape(group.reference)}"]`);
  }

  /** Asks to cancel `group` (`funding-group-cancel`) and, unless the host takes over, confirms it. */
  async requestCancel(group: FundingInstruction): Promise<void> {
    if (this.busy || !this.#options.mayFund()) return;
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
    this.#options.announce(
      this.#options.i18n.t('funding.group.cancelled', { reference: group.reference }),
    );
    await this.#options.data.refresh();
    await this.#options.focus(`[data-group="${CSS.escape(group.reference)}"]`);
  }

  /** The dialog closed (confirmed, dismissed or Escape): the cancel intent is over. */
  dialogClosed(): void {
    this.cancelling = undefined;
    this.cancelError = undefined;
    this.#cancelRef = undefined;
    this.#host.requestUpdate();
  }
}
