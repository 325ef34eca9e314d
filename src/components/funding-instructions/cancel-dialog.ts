/** The confirmation of a group cancel, loaded with the funding stage (`groups-part.ts`). */
import { html, nothing, type TemplateResult } from 'lit';
import type { FundingInstruction } from '../../api/schemas/funding.js';
import { errorView, type View } from './views.js';

export interface CancelDialog {
  group?: FundingInstruction;
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** The confirmation of a group cancel: a native modal dialog, labelled and described. */
export function cancelDialogView(v: View, d: CancelDialog): TemplateResult {
  const group = d.group;
  return html`
    <dialog
      part="dialog"
      aria-labelledby="cancel-title"
      aria-describedby="cancel-text"
      @close=${d.onClose}
    >
      ${
        group
          ? html`<div class="body">
              <h3 id="cancel-title">
                ${v.t('funding.cancel.title', { reference: group.reference })}
              </h3>
              <p id="cancel-text">
                ${v.t('funding.cancel.text', {
                  count: group.payments.length,
                  amount: v.money(group.totalAmount.amount, group.totalAmount.currency),
                })}
              </p>
              ${d.error ? errorView(v, d.error) : nothing}
              <div class="toolbar">
                <button
                  class="button"
                  type="button"
                  value="keep"
                  @click=${(e: Event) =>
                    ((e.target as HTMLElement).closest('dialog') as HTMLDialogElement).close()}
                >
                  ${v.t('funding.cancel.keep')}
                </button>
                <button
                  class="button danger"
                  type="button"
                  ?disabled=${d.busy}
                  @click=${d.onConfirm}
                >
                  ${d.busy ? v.t('funding.cancel.busy') : v.t('funding.cancel.confirm')}
                </button>
              </div>
            </div>`
          : nothing
      }
    </dialog>
  `;
}
