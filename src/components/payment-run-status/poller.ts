import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What one poll found. */
export type PollOutcome = 'changed' | 'same' | 'error';

export interface PollerOptions {
  /** First delay and the delay after a change, ms; 0 or less turns polling off. */
  interval(): number;
  /** Longest delay the backoff reaches, ms. */
  maxInterval(): number;
  /** False when there is nothing to poll (no run, or a terminal one). */
  active(): boolean;
  /** Reads the run once. */
  poll(): Promise<PollOutcome>;
}

/**
 * Backoff: back to the base interval after a change; 1.5 times longer after a poll that found
 * nothing new; twice as long after an error; never above `max`.
 */
export function nextDelay(current: number, outcome: PollOutcome, base: number, max: number) {
  if (outcome === 'changed') return base;
  return Math.min(max, Math.max(base, current * (outcome === 'error' ? 2 : 1.5)));
}

const pageHidden = () => globalThis.document?.visibilityState === 'hidden';

/**
 * Polls while `active()`, with backoff; pauses while the page is hidden and polls at once when it
 * is shown again; stops on disconnect. `reset()` restarts at the base interval (after a change
 * the element saw by other means: an action, an update pushed by the host).
 */
export class Poller implements ReactiveController {
  readonly #options: PollerOptions;
  #timer?: ReturnType<typeof setTimeout>;
  #delay = 0;
  #polling = false;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: PollerOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The delay before the next poll, ms (for tests and the curious). */
  get delay(): number {
    return this.#delay;
  }

  /** True while a poll is waiting to happen. */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.reset();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clear();
  }

  /** Polls again after the base interval (or stops, when there is nothing to poll). */
  reset(): void {
    this.#delay = this.#options.interval();
    this.#schedule();
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    this.#clear();
    if (!this.#connected || this.#polling || pageHidden()) return;
    if (this.#options.interval() <= 0 || !this.#options.active()) return;
    this.#timer = setTimeout(() => void this.#tick(), this.#delay);
  }

  async #tick(): Promise<void> {
    this.#clear();
    if (!this.#options.active()) return;
    this.#polling = true;
    let outcome: PollOutcome;
    try {
      outcome = await this.#options.poll();
    } finally {
      this.#polling = false;
    }
    this.#delay = nextDelay(
      this.#delay,
      outcome,
      this.#options.interval(),
      this.#options.maxInterval(),
    );
    this.#schedule();
  }

  readonly #onVisibility = () => {
    if (pageHidden()) this.#clear();
    else if (!this.#polling && this.#options.active()) void this.#tick();
  };
}
