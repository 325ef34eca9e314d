import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A load or poll that was aborted (the element left the page, or a newer one replaced it). */
export const isAbort = (error: unknown) => (error as Error | undefined)?.name === 'AbortError';

/** What one poll found. */
export type PollOutcome = 'changed' | 'same' | 'error';

export interface RunPollerOptions {
  /** First delay and the delay after a change, ms; 0 or less turns polling off. */
  interval(): number;
  /** Longest delay the backoff reaches, ms. */
  maxInterval(): number;
  /** False when there is nothing to poll (no run, or one that can no longer change). */
  active(): boolean;
  /** Reads the run once; a rejection counts as `'error'`. */
  poll(): Promise<PollOutcome>;
}

/**
 * Backoff: back to the base interval after a change; 1.5 times longer after a poll that found
 * nothing new; twice as long after an error; never below `base` nor above `max`.
 */
export function nextDelay(current: number, outcome: PollOutcome, base: number, max: number) {
  if (outcome === 'changed') return base;
  return Math.min(max, Math.max(base, current * (outcome === 'error' ? 2 : 1.5)));
}

const pageHidden = () => globalThis.document?.visibilityState === 'hidden';

/**
 * Polls a payment run while `active()`, with backoff. Pauses while the page is hidden and polls
 * at once when it is shown again; stops when the host leaves the page. After each host update it
 * looks at `active()` again, so polling starts and stops with the host's state. `reset()`
 * restarts at the base interval (after a change the host saw by other means: an action, an
 * update pushed by the host).
 */
export class RunPoller implements ReactiveController {
  readonly #options: RunPollerOptions;
  #timer?: ReturnType<typeof setTimeout>;
  #delay = 0;
  #active = false;
  #polling = false;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: RunPollerOptions) {
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
    this.#active = this.#options.active();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.reset();
  }

  hostUpdated(): void {
    const active = this.#options.active();
    if (active === this.#active) return;
    this.#active = active;
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
    } catch {
      // The host shows the failure; polling only slows down.
      outcome = 'error';
    } finally {
      this.#polling = false;
    }
    const options = this.#options;
    this.#delay = nextDelay(this.#delay, outcome, options.interval(), options.maxInterval());
    this.#schedule();
  }

  readonly #onVisibility = () => {
    if (pageHidden()) this.#clear();
    else if (!this.#polling && this.#options.active()) void this.#tick();
  };
}
