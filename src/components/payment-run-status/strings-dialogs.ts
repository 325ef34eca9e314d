/**
 * English texts of the dialogs of `<payment-run-status>` beyond their titles: loaded with their
 * code (`dialog-content.ts`), then merged into the element's table (`on-demand.ts`). German and
 * French are in the element's `strings.de.ts` and `strings.fr.ts`.
 */
export const statusDialogStrings = {
  'edit.intro': 'Payment {reference} of {amount}. Only the supplier can change.',
  'edit.save': 'Save supplier',
  'edit.close': 'Close',
  'cancel.body': 'No payment in the run will be made. This cannot be undone.',
  'cancel.bodyPayments':
    'The selected payments will not be made; the others stay in the run. This cannot be undone.',
  'cancel.confirm': 'Yes, cancel',
  'cancel.keep': 'No, keep',
} as const;
