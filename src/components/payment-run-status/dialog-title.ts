import type { Translate } from '../../i18n/translate.js';
import type { Dialog } from './dialogs.js';

/**
 * The title of the dialog (`#dialog-title`): shown with its content, and while its content cannot
 * be loaded. Apart, so the dialogs' code loaded on demand needs nothing more of the first paint.
 */
export function dialogTitle(t: Translate, dialog: Dialog): string {
  if (dialog.kind === 'edit') return t('edit.title');
  if (dialog.kind === 'cancel') return t('cancel.title');
  return t('cancel.titlePayments', { count: dialog.paymentIds.length });
}
