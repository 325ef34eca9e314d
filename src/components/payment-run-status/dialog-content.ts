/**
 * What the dialog of `<payment-run-status>` shows: the confirmation of a cancel, or the supplier
 * form with its submit. Loaded with `import()` when a dialog is about to open (`on-demand.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../i18n/api-errors.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { translator } from '../../i18n/translate.js';
import { dialogTitle } from './dialog-title.js';
import type { Dialog, DialogContext, DialogController } from './dialogs.js';
import { supplierFieldsView, supplierForm, supplierFormStrings } from './supplier-form.js';

export { statusDialogStrings as strings } from './strings-dialogs.js';
export { submitSupplier } from './supplier-submit.js';

function editView(
  i18n: I18nController,
  dialog: Extract<Dialog, { kind: 'edit' }>,
  dialogs: DialogController,
  on: DialogContext,
): TemplateResult {
  const { t } = i18n;
  const { payment } = dialog;
  // The form's texts come with this code: the host's and registered texts, else their English.
  const fieldText = translator(i18n.locale, supplierFormStrings, on.strings);
  return html`<form @submit=${on.onEditSubmit} novalidate>
    <h2 id="dialog-title">${dialogTitle(t, dialog)}</h2>
    <p id="dialog-body">
      ${t('edit.intro', {
        reference: payment.reference,
        amount: i18n.money(payment.paymentAmount.amount, payment.paymentAmount.currency),
      })}
    </p>
    ${supplierFieldsView(fieldText, payment, dialog.form ?? supplierForm(payment, dialog.name))}
    ${
      dialog.error
        ? html`<p class="alert" role="alert" id="edit-error" tabindex="-1">
            ${errorText(t, dialog.error, i18n.locale)}
          </p>`
        : nothing
    }
    <div class="dialog-actions">
      <button class="button" type="button" @click=${dialogs.close}>${t('edit.close')}</button>
      <button class="button primary" type="submit">${t('edit.save')}</button>
    </div>
  </form>`;
}

function cancelView(
  i18n: I18nController,
  dialog: Exclude<Dialog, { kind: 'edit' }>,
  dialogs: DialogController,
  on: DialogContext,
): TemplateResult {
  const { t } = i18n;
  return html`<h2 id="dialog-title">${dialogTitle(t, dialog)}</h2>
    <p id="dialog-body">
      ${dialog.kind === 'cancel' ? t('cancel.body') : t('cancel.bodyPayments')}
    </p>
    <div class="dialog-actions">
      <button class="button" type="button" @click=${dialogs.close}>${t('cancel.keep')}</button>
      <button class="button danger" type="button" @click=${on.onConfirmCancel}>
        ${t('cancel.confirm')}
      </button>
    </div>`;
}

/** The content of the modal `<dialog>` showing `dialog`. */
export function dialogContent(
  i18n: I18nController,
  dialog: Dialog,
  dialogs: DialogController,
  on: DialogContext,
): TemplateResult {
  return dialog.kind === 'edit'
    ? editView(i18n, dialog, dialogs, on)
    : cancelView(i18n, dialog, dialogs, on);
}
