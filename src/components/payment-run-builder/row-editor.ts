import { nothing } from 'lit';
import type { Translate } from '../../i18n/translate.js';
import { renderUndo } from './form-view.js';
import { WINDOW_FROM, type RowList } from './row-list.js';
import { MAX_ROWS, shownError, type Row, type RowStore } from './rows.js';
import { ROW_FIELDS, type FieldError, type RowField } from './validators.js';

/** What editing the rows needs from their builder. */
export interface RowEditorHost {
  store: RowStore;
  list: RowList;
  t: Translate;
  message: (error: FieldError) => string;
  /** Whether a submit was tried: then every edit updates the error summary. */
  attempted: () => boolean;
  announce: (text: string) => void;
  /** Something outside the edited row shows it (totals, summary): render the builder. */
  changed: () => void;
  /** Rows were added or removed: render the list again. */
  listChanged: () => void;
  saveDraft: () => void;
  /** Focuses the element matching `selector` once rendered. */
  focusOn: (selector: string) => Promise<void>;
  importText: (text: string) => Promise<void>;
}

/** Whether the user has typed nothing in a row. */
export const isBlank = (row: Row): boolean => ROW_FIELDS.every((f) => !row.values[f]);

/**
 * Editing the rows: the listeners of the list, one per event type for every row (delegated:
 * typing, leaving a field, Enter, pasting a table, the row's buttons), adding and removing rows,
 * and undoing the last removal.
 */
export class RowEditor {
  /** The row removed last and where it was, until it is put back or another one goes. */
  removed?: { row: Row; index: number };
  readonly #host: RowEditorHost;

  constructor(host: RowEditorHost) {
    this.#host = host;
  }

  /** Inserts checked rows at `at` (default: after the last) and saves the draft. */
  async add(rows: Row[], at = this.#host.store.rows.length): Promise<void> {
    if (!rows.length) return;
    const { store, list } = this.#host;
    // Only a long list waits: a short one changes in the same task as the click.
    const count = store.rows.length + rows.length;
    if (count > WINDOW_FROM) await list.prepare(count);
    store.insert(at, ...rows);
    this.#host.listChanged();
    this.#host.saveDraft();
  }

  /** Adds an empty row and focuses it; says so when the run is full. */
  readonly onAdd = async (): Promise<void> => {
    const { store } = this.#host;
    if (this.#full()) return;
    const row = store.create();
    await this.add([row]);
    await this.#host.list.focus(row, 'name');
  };

  /** Puts the row removed last back where it was. */
  readonly onUndo = async (): Promise<void> => {
    const { removed } = this;
    const { store } = this.#host;
    if (!removed) return;
    this.#setRemoved(undefined);
    if (store.rows.length === 1 && isBlank(store.rows[0])) store.clear();
    if (store.rows.length >= MAX_ROWS) return;
    await this.add([removed.row], Math.min(removed.index, store.rows.length));
    await this.#host.list.focus(removed.row, 'name');
  };

  /** Checks the field typed in and re-renders its row alone; its new error is announced. */
  readonly onInput = (event: Event): void => {
    const { row, field, target } = this.#fieldOf(event);
    if (!row || !field) return;
    const host = this.#host;
    const before = shownError(row, field);
    row.edited.add(field);
    host.store.set(row, field, (target as HTMLInputElement).value);
    const after = shownError(row, field);
    row.render?.();
    if (after && after.code !== before?.code) host.announce(host.message(after));
    if (field === 'amount' || host.attempted()) host.changed();
    host.saveDraft();
  };

  /**
   * Shows the errors of a field left, and its value as it was understood. A field only tabbed
   * past, never typed in, stays quiet until a submit attempt.
   */
  readonly onFocusOut = (event: FocusEvent): void => {
    const { row, field } = this.#fieldOf(event);
    if (!row || !field) return;
    if (!row.values[field] && !row.edited.has(field)) return;
    row.touched.add(field);
    this.#host.store.tidy(row, field);
    row.render?.();
    if (this.#host.attempted()) this.#host.changed();
  };

  /** Enter moves down a column, as in a spreadsheet, instead of submitting the run. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const field = target.dataset.field as RowField | undefined;
    if (event.key !== 'Enter' || !field || target.localName !== 'input') return;
    event.preventDefault();
    const rows = this.#host.store.rows;
    const next = rows[rows.indexOf(this.#rowOf(event)!) + 1];
    if (next) void this.#host.list.focus(next, field);
  };

  /** A table pasted into a field (tabs or lines) goes to the import preview. */
  readonly onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    void this.#host.importText(text);
  };

  /** The row's buttons: details, fix the apostrophe, duplicate, remove. */
  readonly onClick = async (event: Event): Promise<void> => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    const row = this.#rowOf(event);
    if (!action || !row) return;
    const { store, list } = this.#host;
    const index = store.rows.indexOf(row);
    if (action === 'more') {
      row.open = !row.open;
      row.render?.();
    } else if (action === 'fix-apostrophe') {
      store.set(row, 'name', row.values.name.replaceAll("'", '\u2019'));
      row.render?.();
      await list.focus(row, 'name');
    } else if (action === 'duplicate') {
      if (this.#full()) return;
      const copy = store.create({ ...row.values });
      await this.add([copy], index + 1);
      await list.focus(copy, 'name');
    } else if (action === 'remove') await this.#remove(row, index);
  };

  /** The row removed last, with a way to bring it back. */
  renderUndo() {
    const { removed } = this;
    return removed ? renderUndo(this.#host.t, removed.index + 1, this.onUndo) : nothing;
  }

  async #remove(row: Row, index: number): Promise<void> {
    const host = this.#host;
    host.store.remove(row);
    if (!host.store.rows.length) host.store.insert(0, host.store.create());
    this.#setRemoved({ row, index });
    host.listChanged();
    host.saveDraft();
    host.announce(host.t('builder.removed', { n: index + 1 }));
    await host.focusOn('.undo button');
  }

  #full(): boolean {
    const full = this.#host.store.rows.length >= MAX_ROWS;
    if (full) this.#host.announce(this.#host.t('builder.limit', { max: MAX_ROWS }));
    return full;
  }

  #setRemoved(removed?: { row: Row; index: number }): void {
    this.removed = removed;
    this.#host.changed();
  }

  #rowOf(event: Event): Row | undefined {
    const id = (event.target as Element).closest<HTMLElement>('.row')?.dataset.id;
    return id ? this.#host.store.byId.get(Number(id)) : undefined;
  }

  #fieldOf(event: Event) {
    const target = event.target as HTMLElement;
    const field = target.dataset.field as RowField | undefined;
    return { target, field, row: this.#rowOf(event) };
  }
}
