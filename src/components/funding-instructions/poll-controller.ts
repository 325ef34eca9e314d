import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PollOptions {
  /** One round of checking; resolves `true` when something changed. */
  tick: () => Promise<boolean>;
  /** First delay (ms), used again after every change; 0 or less turns polling off. */
  interval: () => number;
  /** Longest delay (ms) the backoff grows to. */
  maxInterval?: number;
}

/**
 * Polls while the host wants it: waits `interval`, and grows the wait by half after each round
 * that changed nothing (and after a failure) up to `maxInterval`. Paused while the page is
 * hidden, with a round at once when it shows again; stopped when the host leaves the page.
 */
export class PollController implements ReactiveController {
  #wanted = false;
  #delay = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #running = false;
  readonly #options: Required<PollOptions>;

  constructor(host: ReactiveControllerHost, options: PollOptions) {
    this.#options = { maxInterval: 30_000, ...options };
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#wanted) this.#schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clear();
  }

  /** Polls from now on while `wanted`; a change from off to on starts from the first delay. */
  set(wanted: boolean): void {
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    this.#delay = this.#options.interval();
    if (wanted) this.#schedule();
    else this.#clear();
  }

  /** Something changed outside a round (an update pushed by the host): back to the first delay. */
  reset(): void {
    this.#delay = this.#options.interval();
    if (this.#wanted) this.#schedule();
  }

  #schedule(): void {
    this.#clear();
    if (!this.#wanted || this.#delay <= 0 || this.#running || document.hidden) return;
    this.#timer = setTimeout(() => void this.#round(), this.#delay);
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #round(): Promise<void> {
    this.#timer = undefined;
    if (!this.#wanted || document.hidden) return;
    this.#running = true;
    let changed = false;
    try {
      changed = await this.#options.tick();
    } catch {
      // The host shows the failure; polling only slows down.
    } finally {
      this.#running = false;
    }
    const first = this.#options.interval();
    this.#delay = changed ? first : Math.min(this.#delay * 1.5, this.#options.maxInterval);
    this.#schedule();
  }

  readonly #onVisibility = () => {
    if (!this.#wanted) return;
    if (document.hidden) this.#clear();
    else if (!this.#running && this.#timer === undefined) void this.#round();
  };
}
