/**
 * English texts of `<payment-run-status>`. The API's texts (errors, the 409 codes of its calls,
 * status labels) come from `src/i18n/`; the texts of the dialogs and of the sandbox's SCA step
 * come with their code (`strings-dialogs.ts`, `strings-sca.ts`); the supplier form's labels and
 * errors from the builder's table, whose validators it reuses (both loaded with the form,
 * `supplier-form.ts`). Override any key with the `strings` property or `registerStrings()`.
 */
import { roleStrings } from '../shared/role-strings.js';

export const statusStrings = {
  'status.untitled': 'Payment run {id}',
  'status.loading': 'Loading the payment run…',
  'status.empty': 'No payment run to show.',
  'status.tag': 'Tag',
  'status.reference': 'Your reference',
  'status.created': 'Created',
  'status.reason': 'Reason given: {reason}',
  'status.stale': 'This may be out of date: {error}',
  'status.refresh': 'Refresh',
  'status.busy': 'Working…',
  'status.partFailed':
    'This part of the page could not be loaded. Check your connection, then retry.',

  'timeline.label': 'Progress',
  'timeline.step.created': 'Created',
  'timeline.step.validated': 'Validated',
  'timeline.step.confirmed': 'Confirmed',
  'timeline.step.authorised': 'Authorised',
  'timeline.step.funded': 'Funded',
  'timeline.step.executed': 'Paid out',
  'timeline.state.done': 'done',
  'timeline.state.current': 'in progress',
  'timeline.state.todo': 'not yet',
  'timeline.state.failed': 'failed',
  'timeline.state.warning': 'done, with errors',
  'timeline.state.cancelled': 'cancelled here',
  'timeline.state.skipped': 'not reached',

  'explain.QUEUED': 'The payment service is checking the payments. This takes a moment.',
  'explain.PENDING_CONFIRMATION':
    'Check the payments and their name checks. Then a controller confirms the run.',
  'explain.PENDING_CHALLENGE':
    'A controller must now authorise this run with the one-time code sent to their phone.',
  'explain.SCA_FAILED':
    'Authorisation failed: the code expired or was entered wrongly too many times. A controller can restart the run and authorise it again.',
  'explain.PENDING_FUNDING':
    'The run is authorised. A controller now funds it from a linked bank account.',
  'explain.EXECUTING': 'Funds received: the payments are being made.',
  'explain.COMPLETED': 'All payments were made.',
  'explain.COMPLETED_WITH_ERRORS_one':
    'All payments were processed, but {count} failed or came back. Its money returns to your linked account.',
  'explain.COMPLETED_WITH_ERRORS_other':
    'All payments were processed, but {count} failed or came back. Their money returns to your linked account.',
  'explain.CANCELLED': 'This run was cancelled. Nothing more will be paid from it.',
  'explain.INVALID':
    'The payment service found this run invalid, so nothing will be paid. Correct the details and create a new run.',
  'explain.unknown':
    'The payment service reports the status “{status}”, which this page does not know yet.',

  'totals.label': 'Totals by status',
  'totals.all': 'All payments',
  'totals.count_one': '{count} payment',
  'totals.count_other': '{count} payments',

  'actions.label': 'Actions',
  'action.confirm': 'Confirm run',
  'action.cancel': 'Cancel run',
  'action.cancel-payments': 'Cancel selected payments ({count})',
  'action.restart': 'Restart run',
  'action.editLabel': 'Edit supplier {name}',
  'action.none': 'No actions are possible: this run is finished.',
  ...roleStrings,
  'reason.select': 'Select the payments to cancel first.',
  'done.confirm': 'The run is confirmed.',
  'done.cancel': 'The run is cancelled.',
  'done.cancel-payments': 'The payments are cancelled.',
  'done.restart': 'The run has restarted.',
  'done.update-payment': 'The supplier is updated.',
  'done.sca': 'The run is authorised.',
  'action.dismiss': 'Dismiss',

  'payments.label': 'Payments',
  'payments.filter': 'Show',
  'payments.filterAll': 'All statuses ({count})',
  'payments.filterStatus': '{label} ({count})',
  'payments.shown': 'Showing {shown} of {total} payments',
  'payments.none': 'No payments in this status.',
  'payments.everyStatus': 'Every payment: {label}',
  'payments.selectAll': 'Select all payments that can be cancelled',
  'payments.selectOne': 'Select the payment to {name}',
  'payments.supplier': 'Supplier',
  'payments.account': 'Bank account',
  'payments.amount': 'Amount',
  'payments.reference': 'Reference',
  'payments.status': 'Status',
  'payments.cop': 'Name check',
  'payments.edit': 'Edit',
  'payments.sortBy': 'Sort by {column}',
  'payments.accountEnding': 'Account ending',
  'payments.ibanEnding': 'IBAN ending',
  'payments.type.PERSONAL': 'Personal',
  'payments.type.BUSINESS': 'Business',

  'cancel.title': 'Cancel this payment run?',
  'cancel.titlePayments_one': 'Cancel {count} payment?',
  'cancel.titlePayments_other': 'Cancel {count} payments?',

  'edit.title': 'Edit supplier',
  'dialog.close': 'Close',

  'sca.title': 'Authorise the run',
  'sca.host': 'No payment is made until the run is authorised.',
} as const;
