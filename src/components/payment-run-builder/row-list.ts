import { html, noChange, type ReactiveElement } from 'lit';
import type * as VirtualizeModule from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { fieldId, mountRow, type RowContext } from './row-view.js';
import type { Row, RowStore } from './rows.js';
import { ROW_FIELDS, type RowField } from './validators.js';

/** Above this many rows the list renders only what is on screen (virtualizer loaded then). */
export const WINDOW_FROM = 40;

/**
 * The list of payment lines: all of them while the run is short, only those on screen once it is
 * long (`@lit-labs/virtualizer`, loaded when first needed), and rendered again only when the list
 * itself changed; a keystroke re-renders its row alone.
 */
export class RowList {
  #virtualizer?: typeof VirtualizeModule;
  /** The virtualizer could not load: every row renders, slower but never a lost row. */
  #unwindowed = false;
  #lastKey: unknown[] = [];
  readonly #host: ReactiveElement;
  readonly #store: RowStore;
  readonly #changed: () => void;

  /** `changed` is called when the list has to render again (the virtualizer arrived). */
  constructor(host: ReactiveElement, store: RowStore, changed: () => void) {
    this.#host = host;
    this.#store = store;
    this.#changed = changed;
  }

  /** Loads the virtualizer when `count` rows need it; resolves once it is there (or failed). */
  async prepare(count = this.#store.rows.length): Promise<void> {
    if (count <= WINDOW_FROM || this.#virtualizer) return;
    try {
      this.#virtualizer = await import('@lit-labs/virtualizer/virtualize.js');
    } catch {
      this.#unwindowed = true;
    }
    this.#changed();
  }

  /** The rows; `noChange` unless the list (`version`) or what rows show (`ctx`) changed. */
  render(version: number, ctx: RowContext): unknown {
    const key = [version, ctx, this.#virtualizer];
    if (key.every((k, i) => k === this.#lastKey[i])) return noChange;
    this.#lastKey = key;
    const rows = this.#store.rows;
    if (rows.length > WINDOW_FROM && this.#virtualizer)
      return this.#virtualizer.virtualize({
        items: rows,
        keyFunction: (r: Row) => r.id,
        renderItem: (row: Row, index: number) => html`${mountRow(row, index, ctx)}`,
      });
    return (this.#unwindowed ? rows : rows.slice(0, WINDOW_FROM)).map((row, index) =>
      mountRow(row, index, ctx),
    );
  }

  /** Moves focus to a field, opening its row's details and scrolling a windowed list first. */
  async focus(row: Row, field: RowField): Promise<void> {
    if (
      field !== 'type' &&
      !row.open &&
      ROW_FIELDS.indexOf(field) > ROW_FIELDS.indexOf('reference')
    ) {
      row.open = true;
      row.render?.();
    }
    const root = this.#host.renderRoot;
    await this.#host.updateComplete;
    const target = () => root.querySelector<HTMLElement>(`#${fieldId(row, field)}`);
    const list = root.querySelector<VirtualizerHostElement>('.rows');
    const virtualizer = this.#virtualizer && list?.[this.#virtualizer.virtualizerRef];
    if (!target() && virtualizer) {
      virtualizer.element(this.#store.rows.indexOf(row))?.scrollIntoView({ block: 'center' });
      await virtualizer.layoutComplete;
    }
    target()?.focus();
  }
}
