import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Rows rendered in the first frame; after each painted frame the count doubles. A 1000-payment
 * run shows at once and completes in five more steps instead of blocking the page for all rows.
 */
export const FIRST_ROWS = 40;

/**
 * Renders a long list a slice at a time: `FIRST_ROWS` at first, then twice as many after each
 * frame is painted, until every row of `total()` is there. Stops when the host leaves the page.
 */
export class ProgressiveRows implements ReactiveController {
  /** How many rows to render now. */
  limit = FIRST_ROWS;
  readonly #host: ReactiveElement;
  readonly #total: () => number;
  #stop?: () => void;

  constructor(host: ReactiveElement, total: () => number) {
    this.#host = host;
    this.#total = total;
    host.addController(this);
  }

  /** True while some rows are still to come. */
  get growing(): boolean {
    return this.#total() > this.limit;
  }

  /** Starts again from the first slice (another list is shown). */
  reset(): void {
    this.limit = FIRST_ROWS;
  }

  /** The rows of `items` to render now. */
  slice<T>(items: readonly T[]): readonly T[] {
    return items.length > this.limit ? items.slice(0, this.limit) : items;
  }

  hostUpdated(): void {
    if (!this.growing || this.#stop || !this.#host.isConnected) return;
    // After the next frame is painted, so the rows already there show first.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        this.#stop = undefined;
        this.limit *= 2;
        this.#host.requestUpdate();
      });
    });
    this.#stop = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      this.#stop = undefined;
    };
  }

  hostDisconnected(): void {
    this.#stop?.();
  }
}
