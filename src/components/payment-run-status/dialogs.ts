/**
 * The one modal dialog of `<payment-run-status>`: confirming a cancel, or editing a supplier.
 * The controller opens the native `<dialog>` once it has content, resolves the `ask()` that opened
 * it when it closes, and gives focus back to where it was.
 */
import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { TemplateResult } from 'lit';
import { errorText } from '../../i18n/api-strings.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { supplierFieldsView, type SupplierFormState } from './supplier-form.js';

export type Dialog =
  | { kind: 'cancel' }
  | { kind: 'cancel-payments'; paymentIds: string[] }
  | { kind: 'edit'; form: SupplierFormState; error?: unknown };

export class DialogController implements ReactiveController {
  /** What the dialog shows; undefined while it is closed. */
  current?: Dialog;
  readonly #host: ReactiveElement;
  #done?: () => void;
  #returnFocus?: HTMLElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Opens `dialog`; resolves when it closes (a dialog asked before is resolved at once). */
  ask(dialog: Dialog): Promise<void> {
    this.#done?.();
    this.show(dialog);
    return new Promise((resolve) => (this.#done = resolve));
  }

  /** Shows `dialog` in place of what the dialog shows (e.g. the form with its errors). */
  show(dialog: Dialog): void {
    this.current = dialog;
    this.#host.requestUpdate();
  }

  /** Takes over resolving the pending `ask()`, e.g. until the action the dialog confirmed is done. */
  detach(): (() => void) | undefined {
    const done = this.#done;
    this.#done = undefined;
    return done;
  }

  readonly close = () => {
    this.#element()?.close();
  };

  /** The `close` listener of the `<dialog>`. */
  readonly onClose = () => {
    this.current = undefined;
    this.#host.requestUpdate();
    this.detach()?.();
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
  };

  hostUpdated(): void {
    const dialog = this.#element();
    if (!this.current || !dialog || dialog.open) return;
    const inside = this.#host.shadowRoot?.activeElement;
    this.#returnFocus = (inside ?? document.activeElement) as HTMLElement | undefined;
    dialog.showModal();
  }

  #element(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}

export interface DialogHandlers {
  onEditSubmit: (event: SubmitEvent) => Promise<void>;
  onConfirmCancel: () => Promise<void>;
  onClose: () => void;
  close: () => void;
}

function editView(
  i18n: I18nController,
  dialog: Extract<Dialog, { kind: 'edit' }>,
  on: DialogHandlers,
) {
  const { t } = i18n;
  const { payment } = dialog.form;
  return html`<form @submit=${on.onEditSubmit} novalidate>
    <h2 id="dialog-title">${t('edit.title')}</h2>
    <p id="dialog-body">
      ${t('edit.intro', {
        reference: payment.reference,
        amount: i18n.money(payment.paymentAmount.amount, payment.paymentAmount.currency),
      })}
    </p>
    ${supplierFieldsView(t, dialog.form)}
    ${
      dialog.error
        ? html`<p class="alert" role="alert">${errorText(t, dialog.error, i18n.locale)}</p>`
        : nothing
    }
    <div class="dialog-actions">
      <button class="button" type="button" @click=${on.close}>${t('edit.close')}</button>
      <button class="button primary" type="submit">${t('edit.save')}</button>
    </div>
  </form>`;
}

function cancelView(
  i18n: I18nController,
  dialog: Exclude<Dialog, { kind: 'edit' }>,
  on: DialogHandlers,
) {
  const { t } = i18n;
  const count = dialog.kind === 'cancel-payments' ? dialog.paymentIds.length : 0;
  return html`<h2 id="dialog-title">
      ${dialog.kind === 'cancel' ? t('cancel.title') : t('cancel.titlePayments', { count })}
    </h2>
    <p id="dialog-body">
      ${dialog.kind === 'cancel' ? t('cancel.body') : t('cancel.bodyPayments')}
    </p>
    <div class="dialog-actions">
      <button class="button" type="button" @click=${on.close}>${t('cancel.keep')}</button>
      <button class="button danger" type="button" @click=${on.onConfirmCancel}>
        ${t('cancel.confirm')}
      </button>
    </div>`;
}

/** The native modal `<dialog>`, empty while closed. */
export function dialogView(
  i18n: I18nController,
  dialog: Dialog | undefined,
  on: DialogHandlers,
): TemplateResult {
  const content = !dialog
    ? nothing
    : dialog.kind === 'edit'
      ? editView(i18n, dialog, on)
      : cancelView(i18n, dialog, on);
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-body"
    @close=${on.onClose}
  >
    ${content}
  </dialog>`;
}
