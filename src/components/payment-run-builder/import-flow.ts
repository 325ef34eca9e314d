import { html, nothing, type ReactiveElement } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Params } from '../../i18n/translate.js';
import {
  guessMapping,
  labelKey,
  parseTable,
  requiredColumns,
  rowsOf,
  type Mapping,
} from './parse.js';
import { shownError, type Row, type RowStore } from './rows.js';
import { builderImportStrings } from './strings-import.js';
import { importStyles } from './import-flow.styles.js';
import type { ImportControllerHost } from './import-controller.js';
import { ROW_FIELDS, SCHEME_FIELDS, type FieldError, type RowField } from './validators.js';

/** What the import flow needs from its builder. */
export interface ImportHost {
  store: RowStore;
  t: (key: string, params?: Params) => string;
  message: (error: FieldError) => string;
  /** How many more rows the run can take. */
  room: () => number;
  /** The flow changed: render again. */
  changed: () => void;
  /** Moves focus to the element matching `selector` once rendered. */
  focus: (selector: string) => void;
  /** The flow ended, with the rows to add (none when cancelled). */
  close: (rows?: Row[]) => void;
}

/** Rows with problems listed in the preview; the rest are counted. */
const LISTED = 50;

/**
 * Paste or import, in three steps: the text, the mapping of columns to fields (only when the
 * header row does not say), and a preview of every row with its problems before anything is
 * added. Loaded on first use, with the CSV parser.
 */
export class ImportFlow {
  step: 'paste' | 'mapping' | 'preview' = 'paste';
  problem = '';
  private table: string[][] = [];
  private mapping: Mapping = { header: false, columns: [], confirm: false };
  private rows: Row[] = [];
  private readonly host: ImportHost;

  constructor(host: ImportHost) {
    this.host = host;
  }

  reset(): void {
    this.step = 'paste';
    this.problem = '';
    this.table = [];
    this.rows = [];
    this.host.changed();
    this.host.focus('#import-text');
  }

  /** Reads pasted or imported text; goes to the mapping step or straight to the preview. */
  async read(text: string): Promise<void> {
    this.problem = '';
    try {
      this.table = await parseTable(text);
    } catch {
      this.table = [];
      this.problem = 'builder.import.failed';
    }
    if (!this.table.length) {
      this.problem ||= 'builder.import.empty';
      this.step = 'paste';
      return this.host.changed();
    }
    const labels: Record<string, RowField> = {};
    for (const f of ROW_FIELDS) labels[labelKey(this.host.t(`builder.field.${f}`))] = f;
    this.mapping = guessMapping(this.table, this.host.store.ctx.scheme, labels);
    if (this.mapping.confirm) {
      this.step = 'mapping';
      this.host.changed();
      this.host.focus('#map-0');
    } else this.preview();
  }

  /** The rows read with the current mapping, each checked. */
  preview(): void {
    const { store } = this.host;
    this.rows = rowsOf(this.table, this.mapping).map((values) => store.create(values, true));
    this.step = 'preview';
    this.host.changed();
    this.host.focus('#import-result');
  }

  private missing(): RowField[] {
    return requiredColumns(this.host.store.ctx.scheme).filter(
      (f) => !this.mapping.columns.includes(f),
    );
  }

  private onMap(index: number, event: Event): void {
    const value = (event.target as HTMLSelectElement).value as RowField | '';
    this.mapping.columns = this.mapping.columns.map((f, i) =>
      i === index ? value || undefined : f === value ? undefined : f,
    );
    this.host.changed();
  }

  private renderPaste() {
    const t = this.host.t;
    return html`<label for="import-text">${t('builder.import.paste-label')}</label>
      <textarea id="import-text" spellcheck="false"></textarea>
      <div class="actions">
        <button
          type="button"
          class="button primary"
          @click=${(e: Event) =>
            this.read((e.target as Element).closest('.import')!.querySelector('textarea')!.value)}
        >
          ${t('builder.import.read')}
        </button>
        ${this.cancel()}
      </div>`;
  }

  private renderMapping() {
    const t = this.host.t;
    const fields = SCHEME_FIELDS[this.host.store.ctx.scheme];
    const label = (f: RowField) =>
      t(`builder.field.${f}`, { currency: this.host.store.ctx.currency });
    const missing = this.missing();
    const sample = this.table[this.mapping.header ? 1 : 0] ?? [];
    return html`<p>${t('builder.import.mapping')}</p>
      <label class="check">
        <input
          type="checkbox"
          .checked=${live(this.mapping.header)}
          @change=${(e: Event) => {
            this.mapping.header = (e.target as HTMLInputElement).checked;
            this.host.changed();
          }}
        />
        ${t('builder.import.header')}
      </label>
      <div class="fields">
        ${this.mapping.columns.map(
          (field, i) =>
            html`<div class="field">
              <label for="map-${i}"
                >${t('builder.import.column', { n: i + 1, sample: sample[i] ?? '' })}</label
              >
              <select id="map-${i}" @change=${(e: Event) => this.onMap(i, e)}>
                <option value="">${t('builder.import.ignore')}</option>
                ${fields.map((f) => html`<option value=${f} ?selected=${f === field}>${label(f)}</option>`)}
              </select>
            </div>`,
        )}
      </div>
      ${
        missing.length
          ? html`<p class="error" id="import-missing">
              ${t('builder.import.missing', { fields: missing.map(label).join(', ') })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="button primary"
          aria-disabled=${missing.length ? 'true' : 'false'}
          aria-describedby=${missing.length ? 'import-missing' : nothing}
          @click=${() => !missing.length && this.preview()}
        >
          ${t('builder.import.continue')}
        </button>
        ${this.cancel()}
      </div>`;
  }

  private renderPreview() {
    const t = this.host.t;
    const valid = this.rows.filter((r) => !Object.keys(r.errors).length);
    const invalid = this.rows.filter((r) => Object.keys(r.errors).length);
    const room = this.host.room();
    const offset = this.mapping.header ? 2 : 1;
    const listed = invalid.slice(0, LISTED);
    return html`<p id="import-result" tabindex="-1" role="status">
        ${t('builder.import.preview', {
          count: this.rows.length,
          valid: valid.length,
          invalid: invalid.length,
        })}
      </p>
      ${
        this.rows.length > room
          ? html`<p class="error">${t('builder.import.too-many', { room, max: 1000 })}</p>`
          : nothing
      }
      ${
        listed.length
          ? html`<table>
              <caption class="visually-hidden">
                ${t('builder.import.shown', { count: listed.length })}
              </caption>
              <tbody>
                ${listed.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">
                        ${t('builder.import.row', { n: this.rows.indexOf(row) + offset })}
                      </th>
                      <td>
                        ${ROW_FIELDS.filter((f) => shownError(row, f)).map(
                          (f) =>
                            html`<div>
                              ${t('builder.summary.run', {
                                field: t(`builder.field.${f}`, {
                                  currency: this.host.store.ctx.currency,
                                }),
                                message: this.host.message(shownError(row, f)!),
                              })}
                            </div>`,
                        )}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      <div class="actions">
        ${
          this.rows.length <= room
            ? html`<button
                type="button"
                class="button primary"
                @click=${() => this.host.close(this.rows)}
              >
                ${t('builder.import.add-all', { count: this.rows.length })}
              </button>`
            : nothing
        }
        ${
          invalid.length && valid.length
            ? html`<button
                type="button"
                class="button"
                @click=${() => this.host.close(valid.slice(0, room))}
              >
                ${t('builder.import.add-valid', { count: Math.min(valid.length, room) })}
              </button>`
            : nothing
        }
        ${this.cancel()}
      </div>`;
  }

  private cancel() {
    return html`<button type="button" class="button" @click=${() => this.host.close()}>
      ${this.host.t('builder.import.cancel')}
    </button>`;
  }

  render() {
    const t = this.host.t;
    return html`<h2>${t('builder.import.title')}</h2>
      ${this.problem ? html`<p class="error" role="alert">${t(this.problem)}</p>` : nothing}
      ${
        this.step === 'paste'
          ? this.renderPaste()
          : this.step === 'mapping'
            ? this.renderMapping()
            : this.renderPreview()
      }`;
  }
}

/**
 * The flow of `element`'s import panel, its texts and styles added to the element's: what
 * `ImportController` loads on first use.
 */
export function openImportFlow(
  element: ReactiveElement,
  host: ImportControllerHost,
  close: (rows?: Row[]) => void,
): ImportFlow {
  host.addStrings(builderImportStrings);
  const root = element.renderRoot as ShadowRoot;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, importStyles.styleSheet!];
  const { store, t, message, room } = host;
  return new ImportFlow({
    store,
    t,
    message,
    room,
    close,
    changed: () => element.requestUpdate(),
    focus: (selector) =>
      void element.updateComplete.then(() =>
        element.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
      ),
  });
}
