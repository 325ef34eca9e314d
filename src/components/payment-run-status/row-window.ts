import type { ReactiveController, ReactiveElement } from 'lit';

/** Rows rendered before the scroll box has been measured: more than a screenful. */
export const FIRST_ROWS = 18;
/** Rows kept rendered above and below the visible ones, so Tab and short scrolls find them. */
const OVERSCAN = 4;

/** The rows to render now: `items[start, end)`, with the height the others stand for. */
export interface RowSlice<T> {
  rows: readonly T[];
  /** Index of `rows[0]` in the whole list. */
  start: number;
  /** Pixels of the rows not rendered above and below. */
  before: number;
  after: number;
}

/**
 * Renders only the rows of a long list that are in (or near) its scroll box, the payments
 * table's `.table-wrap`: a 1000-payment run costs what about 30 rows cost, to open, sort, filter
 * or scroll. Rows off the window are stood for by two spacers of their estimated height (the
 * average of the rows rendered), so the scrollbar and the page keep the content's height.
 */
export class RowWindow implements ReactiveController {
  #start = 0;
  #end = FIRST_ROWS;
  #rowHeight = 44;
  #frame = 0;
  readonly #host: ReactiveElement;
  readonly #total: () => number;
  readonly #box: () => HTMLElement | null | undefined;

  constructor(
    host: ReactiveElement,
    total: () => number,
    box: () => HTMLElement | null | undefined,
  ) {
    this.#host = host;
    this.#total = total;
    this.#box = box;
    host.addController(this);
  }

  /** Starts again from the top (another run is shown). */
  reset(): void {
    this.#start = 0;
    this.#end = FIRST_ROWS;
    const box = this.#box();
    if (box) box.scrollTop = 0;
  }

  /** The rows of `items` to render now. */
  slice<T>(items: readonly T[]): RowSlice<T> {
    const end = Math.min(items.length, this.#end);
    const start = Math.min(this.#start, Math.max(0, end - 1));
    return {
      rows: start === 0 && end === items.length ? items : items.slice(start, end),
      start,
      before: start * this.#rowHeight,
      after: (items.length - end) * this.#rowHeight,
    };
  }

  /** The scroll box moved: render the rows now in view (once per frame). */
  readonly onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#follow();
    });
  };

  /** Checks the window once the rows are painted (an update now would be one more per update). */
  hostUpdated(): void {
    this.onScroll();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Measures the rendered rows and the box, and asks for another render if the window moved. */
  #follow(): void {
    const box = this.#box();
    const body = box?.querySelector('tbody');
    if (!box || !body) return;
    const rows = body.querySelectorAll<HTMLElement>(':scope > tr[data-id]');
    if (rows.length) {
      const top = rows[0].getBoundingClientRect().top;
      const bottom = rows[rows.length - 1].getBoundingClientRect().bottom;
      const measured = (bottom - top) / rows.length;
      // Small differences are ignored, so rows of uneven height do not make the window jitter.
      if (measured > 0 && Math.abs(measured - this.#rowHeight) > 2) this.#rowHeight = measured;
    }
    const bodyTop = body.getBoundingClientRect().top - box.getBoundingClientRect().top;
    const first = Math.floor(Math.max(0, -bodyTop) / this.#rowHeight);
    const inView = Math.ceil(box.clientHeight / this.#rowHeight) + 1;
    const total = this.#total();
    const last = Math.min(total, first + inView);
    // Still covered with some rows to spare on each side, and not far too many: keep the window.
    const margin = OVERSCAN / 2;
    const covered =
      (this.#start === 0 || this.#start <= first - margin) &&
      (this.#end >= total || this.#end >= last + margin) &&
      this.#end - this.#start <= inView + 4 * OVERSCAN;
    if (covered && this.#start < Math.max(1, total)) return;
    const start = Math.max(0, Math.min(first, total - inView) - OVERSCAN);
    // Never fewer than a first screenful, so a list that grows again (filter off) shows at once.
    const end = Math.max(Math.min(total, last + OVERSCAN), start + FIRST_ROWS);
    if (start === this.#start && end === this.#end) return;
    this.#start = start;
    this.#end = end;
    this.#host.requestUpdate();
  }
}
