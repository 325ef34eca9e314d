/** Templates of `<payment-run-builder>`'s form around the rows: toolbar, undo, footer. */
import { html, nothing } from 'lit';
import type { Translate } from '../../i18n/translate.js';

/** Paste, import (a file input behind its label) and export. */
export function renderToolbar(
  t: Translate,
  on: { paste: () => unknown; file: (event: Event) => unknown; export: () => unknown },
) {
  return html`<div class="toolbar" part="toolbar">
    <button type="button" class="button" @click=${on.paste}>${t('builder.paste')}</button>
    <input
      type="file"
      id="file"
      class="visually-hidden"
      accept=".csv,.tsv,.txt,text/csv"
      @change=${on.file}
    />
    <label for="file" class="button">${t('builder.import')}</label>
    <button type="button" class="button" @click=${on.export}>${t('builder.export')}</button>
    <span class="hint">${t('builder.drop')}</span>
  </div>`;
}

/** The line just removed (1-based `n`), with a way to bring it back. */
export function renderUndo(t: Translate, n: number, onUndo: () => unknown) {
  return html`<p class="undo">
    ${t('builder.removed', { n })}
    <button type="button" class="button" @click=${onUndo}>${t('builder.undo')}</button>
  </p>`;
}

export interface FooterView {
  t: Translate;
  busy: boolean;
  /** The count and sum of the run, as `builder.totals` wants them. */
  totals: Record<string, string | number>;
  /** Rows whose amount is not valid yet, so not in the sum. */
  notCounted: number;
}

/** Add button, totals and the submit button (busy while the run is being created). */
export function renderFooter({ t, busy, totals, notCounted }: FooterView, onAdd: () => unknown) {
  return html`<div class="footer" part="footer">
    <button type="button" class="button" @click=${onAdd} ?disabled=${busy}>
      ${t('builder.add')}
    </button>
    <p class="totals" part="totals">
      ${t('builder.totals', totals)}
      ${notCounted ? html`<span class="muted">(${t('builder.totals.invalid', { count: notCounted })})</span>` : nothing}
    </p>
    <button
      type="submit"
      class="button primary"
      part="submit"
      aria-disabled=${busy ? 'true' : 'false'}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t('builder.submitting')}` : t('builder.submit')}
    </button>
  </div>`;
}
