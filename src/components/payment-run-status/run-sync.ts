import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { PaymentRunClient } from '../../api/client.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { emit } from '../shared/emit.js';
import { isStale } from '../shared/run-freshness.js';
import { isAbort, RunPoller, type PollOutcome } from '../shared/run-poller.js';
import { reconcile } from './reconcile.js';
import { isTerminal } from './run-view.js';

/** Where a run shown came from. */
export type RunSource = 'load' | 'refresh' | 'action' | 'push';

/** What of `<payment-run-status>` the controller reads and writes. */
export interface RunSyncHost extends ReactiveElement {
  paymentRunId?: string;
  paymentRun?: PaymentRun;
  client?: PaymentRunClient;
  apiBase?: string;
  pollInterval: number;
  pollMaxInterval: number;
}

export interface RunSyncOptions {
  /** The client to use now; throws when none can be had. */
  api(): PaymentRunClient;
  /** An action is in progress (polls wait for it). */
  busy(): boolean;
  /** The run shown moved to another status. */
  statusChanged(run: PaymentRun): void;
}

type ReadArgs = readonly [id: string | undefined, PaymentRunClient | undefined, string | undefined];

/**
 * Keeps the host's run current: reads it when its id or the client changes, polls while it is in
 * progress, and shows a run only if it is newer than the one shown (reconciled with it, so rows
 * that did not change keep their objects). Fires `payment-run-change` and, on entering
 * PENDING_CHALLENGE, `payment-run-challenge`; `payment-run-error` when a read fails.
 */
export class RunSync implements ReactiveController {
  /** The status the run was cancelled from, once it is CANCELLED. */
  cancelledFrom?: string;
  readonly #host: RunSyncHost;
  readonly #options: RunSyncOptions;
  readonly #reader: Task<ReadArgs, PaymentRun>;
  readonly #poller: RunPoller;
  #challenged?: string;
  #changedSincePoll = false;

  constructor(host: RunSyncHost, options: RunSyncOptions) {
    this.#host = host;
    this.#options = options;
    this.#reader = new Task(host, {
      args: () => this.#args(),
      task: ([id], { signal }) => this.#read(id, signal),
      onError: (error) => {
        if (isAbort(error)) return;
        emit(host, 'payment-run-error', { error, action: host.paymentRun ? 'refresh' : 'load' });
      },
    });
    this.#poller = new RunPoller(host, {
      interval: () => host.pollInterval,
      maxInterval: () => Math.max(host.pollInterval, host.pollMaxInterval),
      active: () => !!host.paymentRun && !isTerminal(host.paymentRun.status) && this.configured,
      poll: () => this.#poll(),
    });
    host.addController(this);
  }

  /** The state of the last read. */
  get status(): TaskStatus {
    return this.#reader.status;
  }

  /** Why the last read failed, while it is the last word. */
  get error(): unknown {
    return this.#reader.status === TaskStatus.ERROR ? this.#reader.error : undefined;
  }

  /** `error`, unless the read was only aborted. */
  get readError(): unknown {
    const error = this.error;
    return error && !isAbort(error) ? error : undefined;
  }

  /** A client can be had (the `client` property, attributes or `configure()`). */
  get configured(): boolean {
    try {
      return !!this.#options.api();
    } catch {
      return false;
    }
  }

  /** Reads the run again now. */
  async refresh(): Promise<void> {
    const args = this.#args();
    if (!args[0]) return;
    await this.#reader.run(args);
  }

  /**
   * Shows `next` if it is newer than the run shown; fires `payment-run-change` (and
   * `payment-run-challenge` on entering PENDING_CHALLENGE). True when something changed.
   */
  take(next: PaymentRun, source: RunSource): boolean {
    const host = this.#host;
    const previous = host.paymentRun;
    const sameRun = previous?.id === next.id;
    if (sameRun && source !== 'load' && isStale(previous, next)) return false;
    const merged = reconcile(previous, next);
    if (merged === previous) return false;
    if (sameRun && merged.status !== previous.status) {
      if (merged.status === 'CANCELLED') this.cancelledFrom = previous.status;
      this.#options.statusChanged(merged);
    }
    host.paymentRun = merged;
    this.#changedSincePoll = true;
    if (sameRun) emit(host, 'payment-run-change', { paymentRun: merged, previous });
    if (merged.status !== 'PENDING_CHALLENGE') this.#challenged = undefined;
    else if (this.#challenged !== merged.id) {
      this.#challenged = merged.id;
      emit(host, 'payment-run-challenge', { paymentRun: merged });
    }
    return true;
  }

  /** Shows a run pushed by the host, unless it is another run or older than the one shown. */
  push(next: PaymentRun): boolean {
    const shown = this.#host.paymentRun;
    if (shown && shown.id !== next.id) return false;
    return this.take(next, 'push');
  }

  /** Polls again after the base interval (the run or the interval changed). */
  resetPolling(): void {
    this.#poller.reset();
  }

  hostDisconnected(): void {
    this.#reader.abort();
  }

  #args(): ReadArgs {
    const host = this.#host;
    return [host.paymentRunId ?? host.paymentRun?.id, host.client, host.apiBase];
  }

  async #read(id: string | undefined, signal: AbortSignal) {
    const host = this.#host;
    if (!id) return initialState;
    if (!host.paymentRunId && !this.configured) return initialState;
    const run = await this.#options.api().getPaymentRun(id, { signal });
    this.take(run, host.paymentRun?.id === id ? 'refresh' : 'load');
    return run;
  }

  async #poll(): Promise<PollOutcome> {
    if (this.#options.busy()) return 'same';
    this.#changedSincePoll = false;
    await this.refresh();
    if (this.#reader.status === TaskStatus.ERROR) return 'error';
    return this.#changedSincePoll ? 'changed' : 'same';
  }
}
