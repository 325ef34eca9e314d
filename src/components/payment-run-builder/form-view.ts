/** Templates of `<payment-run-builder>`'s form around the rows: toolbar, add, undo, footer. */
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

/** The button that adds a payment line, right below the last one (where the line appears). */
export function renderAdd(t: Translate, busy: boolean, onAdd: () => unknown) {
  return html`<div class="add">
    <button type="button" class="button" @click=${onAdd} ?disabled=${busy}>
      ${t('builder.add')}
    </button>
  </div>`;
}

export interface FooterView {
  t: Translate;
  busy: boolean;
  /** The count and sum of the run, as `builder.totals` wants them. */
  totals: Record<string, string | number>;
  /** Rows whose amount is not valid yet, so not in the sum. */
  notCounted: number;
}

/**
 * The totals and the submit button (busy while the run is being created), kept in view at the
 * bottom of the page: small, so it hides little of a phone's screen.
 */
export function renderFooter({ t, busy, totals, notCounted }: FooterView) {
  return html`<div class="footer" part="footer">
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

/** Showing the rows threw: say so, with Retry; the rows and the draft are kept as they were. */
export function failedView(t: Translate, onRetry: () => unknown) {
  return html`<div class="root" part="base">
    <div class="done" role="alert">
      <p class="error">${t('builder.failed')}</p>
      <button type="button" class="button" @click=${onRetry}>${t('builder.failed.retry')}</button>
    </div>
  </div>`;
}
