import type { ReactiveElement } from 'lit';
import type { ListRow } from './provider.types.js';

const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * One tab stop into the list: only one run's name button is in the tab order (the last one the
 * user was on, else the selected run, else the first); arrows, Home and End move between them.
 */
export class RowFocus {
  readonly #host: ReactiveElement;
  readonly #rows: () => readonly ListRow[];
  #active?: string;

  constructor(host: ReactiveElement, rows: () => readonly ListRow[]) {
    this.#host = host;
    this.#rows = rows;
  }

  /** The row whose button takes the tab stop. */
  activeId(selectedId?: string): string | undefined {
    const rows = this.#rows();
    const has = (id?: string) => !!id && rows.some((r) => r.id === id);
    if (has(this.#active)) return this.#active;
    return has(selectedId) ? selectedId : rows[0]?.id;
  }

  activate(id: string): void {
    this.#active = id;
    this.#host.requestUpdate();
  }

  readonly onKeydown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    const from = (event.target as Element).closest<HTMLElement>('tr[data-id]')?.dataset.id;
    if (!move || !from) return;
    const rows = this.#rows();
    const index = rows.findIndex((r) => r.id === from);
    const to = rows[move(index, rows.length - 1)];
    if (!to) return;
    event.preventDefault();
    this.activate(to.id);
    void this.#host.updateComplete.then(() => {
      this.#host.shadowRoot
        ?.querySelector<HTMLElement>(`button.open[data-id="${CSS.escape(to.id)}"]`)
        ?.focus();
    });
  };
}
