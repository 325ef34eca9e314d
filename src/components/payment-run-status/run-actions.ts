import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { PaymentRunClient } from '../../api/client.js';
import { newIdempotencyRef } from '../../api/idempotency.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import type { RunAction } from './actions.js';
import { callApi, intentKey, isDefinitive, type Intent } from './intents.js';

export interface RunActionsOptions {
  /** The run acted on. */
  run(): PaymentRun | undefined;
  api(): PaymentRunClient;
  /** The API refused or failed `intent` (the host reports it). */
  failed(intent: Intent, error: unknown): void;
  /** The API did `intent`; `answer` is the run when it answered with one. */
  succeeded(intent: Intent, answer: PaymentRun | undefined): Promise<void>;
}

/**
 * The user's actions on a run, one at a time: a second one while busy is ignored (a double click
 * sends one request). Each intent keeps its idempotency-ref while it is retried, until the
 * request certainly happened or certainly did not. Aborted when the host leaves the page.
 */
export class RunActions implements ReactiveController {
  /** The last action that failed, until the next one starts or it is dismissed. */
  error?: { action: RunAction; error: unknown };
  readonly #host: ReactiveElement;
  readonly #options: RunActionsOptions;
  readonly #refs = new Map<string, string>();
  readonly #task: Task<readonly [Intent], void>;

  constructor(host: ReactiveElement, options: RunActionsOptions) {
    this.#host = host;
    this.#options = options;
    this.#task = new Task(host, {
      autoRun: false,
      task: ([intent], { signal }) => this.#perform(intent, signal),
    });
    host.addController(this);
  }

  get busy(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** Runs `intent`; resolves `true` when it succeeded. */
  async run(intent: Intent): Promise<boolean> {
    if (this.busy) return false;
    this.error = undefined;
    await this.#task.run([intent]);
    return this.#task.status === TaskStatus.COMPLETE;
  }

  /** Hides the last failure (also the alert's Dismiss listener). */
  readonly dismiss = () => {
    this.error = undefined;
    this.#host.requestUpdate();
  };

  /** Every intent is a new one from now on (the run's status changed). */
  forgetRefs(): void {
    this.#refs.clear();
  }

  hostDisconnected(): void {
    this.#task.abort();
  }

  async #perform(intent: Intent, signal: AbortSignal): Promise<void> {
    const run = this.#options.run()!;
    const key = intentKey(run.id, intent);
    const idempotencyRef = this.#refs.get(key) ?? newIdempotencyRef();
    this.#refs.set(key, idempotencyRef);
    let answer: PaymentRun | undefined;
    try {
      answer = await callApi(this.#options.api(), run.id, intent, { signal, idempotencyRef });
    } catch (error) {
      if (signal.aborted) throw error;
      if (isDefinitive(error)) this.#refs.delete(key);
      this.error = { action: intent.action, error };
      this.#options.failed(intent, error);
      throw error;
    }
    this.#refs.delete(key);
    await this.#options.succeeded(intent, answer);
  }
}
