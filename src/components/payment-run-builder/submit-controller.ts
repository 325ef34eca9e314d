import type { ReactiveController, ReactiveElement } from 'lit';
import type { MutationOptions } from '../../api/client.js';
import { newIdempotencyRef } from '../../api/idempotency.js';
import type { PaymentRun, PaymentRunCreate } from '../../api/schemas/payment-run.js';
import { emit } from '../shared/emit.js';

/**
 * How long the API keeps an `idempotency-ref` ("at least 24 hours"): within it, sending the same
 * body with the same ref cannot create a second run; past it, a ref is never reused.
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The intent of a submit: its ref, the body it was made for, and when it was made. */
export interface PendingIntent {
  ref: string;
  body: string;
  at: number;
}

/** An intent whose ref the API still keeps (anything else, e.g. from an old draft, is not). */
function fresh(intent: unknown): intent is PendingIntent {
  const { ref, body, at } = (intent ?? {}) as Partial<PendingIntent>;
  const age = Date.now() - (at ?? NaN);
  return (
    typeof ref === 'string' && typeof body === 'string' && age >= 0 && age < IDEMPOTENCY_WINDOW_MS
  );
}

/** What a submit shows of the problems, before and after the call (`ProblemsController`). */
export interface SubmitProblems {
  /**
   * Loads what is shown after a submit; `false` when it could not be loaded (the builder shows
   * that with Retry and fires `payment-run-error`), and then nothing is sent.
   */
  load: () => Promise<boolean>;
  /** Shows every problem; `false` when the run cannot be sent (nothing else happens then). */
  check: () => boolean;
  /** Focuses the first problem when `check` found some. */
  focusFirst: () => Promise<void>;
  /** The request is going: the problems of the last one are forgotten. */
  sending: () => void;
  /** Shows why the call failed, on the rows and fields when the API says which. */
  failed: (error: unknown) => Promise<void>;
}

/** What a submit needs from its builder. */
export interface SubmitSteps {
  problems: SubmitProblems;
  /** The body to send, as the builder's fields make it now. */
  request: () => PaymentRunCreate;
  /** The API call. */
  create: (request: PaymentRunCreate, options: MutationOptions) => Promise<PaymentRun>;
  /** The run was created (and `payment-run-created` fired). */
  created: () => Promise<void>;
  /** The request is about to go with `intent`: keep it with the draft, before it goes. */
  sending: (intent: PendingIntent) => void;
}

/** A deep copy no one can change: what a listener is shown is exactly what is sent. */
export function frozenCopy<T>(value: T): T {
  const freeze = (item: unknown): void => {
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) return;
    Object.freeze(item);
    Object.values(item).forEach(freeze);
  };
  const copy = structuredClone(value);
  freeze(copy);
  return copy;
}

/**
 * Creates the run, once: a second submit while one is under way gets the same promise (a double
 * click sends one request); one `idempotency-ref` per body, kept for retries until the body
 * changes or the run exists; `payment-run-submit` fires first with a frozen copy of the body, and
 * a host that cancels it sends what it wants itself. Removing the element aborts the call.
 */
export class SubmitController implements ReactiveController {
  /** The call is under way. */
  busy = false;
  /** The error of the last submit, if it failed. */
  failure?: unknown;
  /** The run the last submit created. */
  created?: PaymentRun;
  #intent?: PendingIntent;
  #pending?: Promise<PaymentRun | undefined>;
  #abort?: AbortController;
  readonly #host: ReactiveElement;
  readonly #steps: SubmitSteps;

  constructor(host: ReactiveElement, steps: SubmitSteps) {
    this.#host = host;
    this.#steps = steps;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Moving the element disconnects and reconnects it at once: only a removal aborts.
    queueMicrotask(() => {
      if (!this.#host.isConnected) this.#abort?.abort();
    });
  }

  /** Resolves to the run, or `undefined` when nothing was created. */
  submit(): Promise<PaymentRun | undefined> {
    return (this.#pending ??= this.#send().finally(() => (this.#pending = undefined)));
  }

  /** The intent not yet known to have created a run (kept with the draft, never the token). */
  get intent(): PendingIntent | undefined {
    return this.#intent;
  }

  /**
   * Takes up an intent kept with the draft (after a reload): a submit of the same body within
   * the API's idempotency window sends the same ref, so it cannot create a second run.
   */
  resume(intent: unknown): void {
    if (fresh(intent)) this.#intent = { ref: intent.ref, body: intent.body, at: intent.at };
  }

  /** Starts over: the next submit is a new intent with a new `idempotency-ref`. */
  reset(): void {
    this.#intent = undefined;
    this.failure = this.created = undefined;
  }

  async #send(): Promise<PaymentRun | undefined> {
    const { problems, request: body } = this.#steps;
    const loaded = problems.load();
    if (!problems.check()) {
      if (await loaded) await problems.focusFirst();
      return undefined;
    }
    const request = frozenCopy(body());
    if (!emit(this.#host, 'payment-run-submit', { request }, { cancelable: true }))
      return undefined;
    this.#setBusy(true);
    if (!(await loaded)) {
      // Its outcome could not be shown: nothing is sent, the builder offers Retry.
      this.#setBusy(false);
      return undefined;
    }
    const ref = this.#refFor(request);
    problems.sending();
    this.#steps.sending(this.#intent!);
    const paymentRun = await this.#call(request, ref);
    this.#setBusy(false);
    if (paymentRun) {
      this.created = paymentRun;
      this.#intent = undefined;
      emit(this.#host, 'payment-run-created', { paymentRun });
      await this.#steps.created();
    } else if (this.#host.isConnected) {
      emit(this.#host, 'payment-run-error', { error: this.failure, action: 'submit' });
      await problems.failed(this.failure);
    }
    return paymentRun;
  }

  /** The same ref while the body is the same, so a retry can never create a second run. */
  #refFor(request: PaymentRunCreate): string {
    const body = JSON.stringify(request);
    if (this.#intent?.body !== body || !fresh(this.#intent))
      this.#intent = { ref: newIdempotencyRef(), body, at: Date.now() };
    return this.#intent.ref;
  }

  #setBusy(busy: boolean): void {
    this.busy = busy;
    this.#host.requestUpdate();
  }

  async #call(request: PaymentRunCreate, idempotencyRef: string) {
    this.failure = undefined;
    this.#abort = new AbortController();
    try {
      return await this.#steps.create(request, { idempotencyRef, signal: this.#abort.signal });
    } catch (error) {
      this.failure = error;
      return undefined;
    }
  }
}
