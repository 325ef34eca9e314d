import type { PaymentRunApiError } from '../api/errors/api-error.js';
import type { Translate } from './translate.js';

/**
 * English texts shared by the elements that call the API: what each error means to a user,
 * every 409 code in plain words, and the status labels. German and French live in `locales/`.
 */
export const apiStrings = {
  'error.validation': 'Some details are not valid. Check the highlighted fields.',
  'error.unauthenticated': 'Your session has expired. Sign in again, then retry.',
  'error.permission':
    'Your role does not allow this action. Ask a colleague who has the right role.',
  'error.not-found': 'This payment run could not be found. It may belong to another account.',
  'error.conflict': 'This action is not possible in the current state. Refresh and try again.',
  'error.rate-limit': 'Too many requests. Try again in a moment.',
  'error.rate-limit-until': 'Too many requests. Try again after {time}.',
  'error.server': 'The payment service is unavailable right now. Try again in a few minutes.',
  'error.http': 'The payment service refused the request ({status}).',
  'error.network': 'No connection to the payment service. Check your connection and retry.',
  'error.timeout': 'The payment service took too long to answer. Retry.',
  'error.unexpected-response': 'The payment service sent an answer this page cannot read.',
  'error.token': 'Your sign-in could not be confirmed. Reload the page or sign in again.',
  'error.configuration': 'This component is not set up. {detail}',
  'error.unknown': 'Something went wrong. Retry.',
  'error.reference': 'Reference for support: {ref}',
  'action.retry': 'Retry',

  'conflict.BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT':
    'A supplier’s bank account is one of your own linked accounts. Pay suppliers, not yourself.',
  'conflict.BANK_ACCOUNT_CANNOT_BE_ZERO_BALANCE_ACCOUNT':
    'A supplier’s bank account is your payment-run account. Choose the supplier’s own account.',
  'conflict.LINKED_ACCOUNT_INVALID_STATE':
    'The linked bank account cannot be used now: it is not linked, or its consent has expired.',
  'conflict.UNSUPPORTED_CURRENCY': 'This currency is not enabled for your account.',
  'conflict.INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS':
    'The bank refused a supplier’s account details. Check the account number, sort code or IBAN.',
  'conflict.ZERO_BALANCE_ACCOUNT_INVALID_STATE':
    'Your payment-run account for this currency is not ready yet. Try again later.',
  'conflict.IDEMPOTENT_REQUEST_IN_PROGRESS':
    'This request is already being processed. Wait a moment, then refresh.',
  'conflict.MISSING_SUPPLIER_TYPE':
    'A supplier paid by Faster Payments needs a type: personal or business.',
  'conflict.PAYMENT_RUN_INVALID_STATE':
    'The payment run has moved on; this action no longer applies.',
  'conflict.PAYMENT_RUN_DUPLICATE_PAYMENT_ID': 'The same payment was listed twice in one change.',
  'conflict.PAYMENT_RUN_ALREADY_CONFIRMED': 'This payment run has already been confirmed.',
  'conflict.PAYMENT_RUN_NOT_FOUND': 'This payment run could not be found.',
  'conflict.TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY': 'Choose one linked account per currency.',
  'conflict.LINKED_ACCOUNT_NOT_FOUND': 'The chosen linked account no longer exists.',
  'conflict.FUNDING_REQUEST_IN_PROGRESS': 'Funding has already started for this payment run.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN':
    'This payment run can no longer be cancelled: funding or execution has started.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN_PAYMENT': 'This payment can no longer be cancelled.',
  'conflict.PAYMENT_RUN_PAYMENT_INVALID_STATE':
    'Payments can only be cancelled while the run awaits confirmation.',
  'conflict.PAYMENT_RUN_GROUP_INVALID_STATE':
    'This funding group can only be cancelled while it awaits funds.',
  'conflict.REFERENCE_INVALID': 'This funding group does not belong to the payment run.',

  'status.run.QUEUED': 'Validating',
  'status.run.PENDING_CONFIRMATION': 'Awaiting confirmation',
  'status.run.PENDING_CHALLENGE': 'Awaiting authorisation',
  'status.run.SCA_FAILED': 'Authorisation failed',
  'status.run.PENDING_FUNDING': 'Awaiting funding',
  'status.run.EXECUTING': 'Paying',
  'status.run.COMPLETED': 'Completed',
  'status.run.COMPLETED_WITH_ERRORS': 'Completed with errors',
  'status.run.CANCELLED': 'Cancelled',
  'status.run.INVALID': 'Invalid',
  'status.payment.QUEUED': 'Validating',
  'status.payment.PENDING_CONFIRMATION': 'Awaiting confirmation',
  'status.payment.PENDING_CHALLENGE': 'Awaiting authorisation',
  'status.payment.SCA_FAILED': 'Authorisation failed',
  'status.payment.PENDING_FUNDING': 'Awaiting funding',
  'status.payment.AWAITING_FUNDS': 'Awaiting funds',
  'status.payment.EXECUTING': 'Paying',
  'status.payment.COMPLETED': 'Paid',
  'status.payment.FAILED': 'Failed',
  'status.payment.RETURNED': 'Returned',
  'status.payment.CANCELLED': 'Cancelled',
  'status.funding.PENDING_FUNDING': 'Not started',
  'status.funding.AWAITING_FUNDS': 'Awaiting funds',
  'status.funding.EXECUTING': 'Paying',
  'status.funding.COMPLETED': 'Completed',
  'status.funding.COMPLETED_WITH_ERRORS': 'Completed with errors',
  'status.funding.CANCELLED': 'Cancelled',
  /** A status this library does not know yet is shown as the API sent it. */
  'status.unknown': '{status}',
} as const;

/** The label of a status; a status the library does not know is shown as sent. */
export function statusLabel(
  t: Translate,
  kind: 'run' | 'payment' | 'funding',
  status: string,
): string {
  const key = `status.${kind}.${status}`;
  const label = t(key);
  return label === key ? t('status.unknown', { status }) : label;
}

/** A sentence a user can act on for any error the elements meet. */
export function errorText(t: Translate, error: unknown, locale: string): string {
  const e = error as Partial<PaymentRunApiError> & {
    errorCode?: string;
    resetAt?: Date;
    message?: string;
  };
  if (e.kind === 'conflict' && e.errorCode) {
    const key = `conflict.${e.errorCode}`;
    const text = t(key);
    if (text !== key) return text;
  }
  if (e.kind === 'rate-limit' && e.resetAt) {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(e.resetAt);
    return t('error.rate-limit-until', { time });
  }
  if (e.kind) return t(`error.${e.kind}`, { status: e.status ?? '', detail: e.message ?? '' });
  return t('error.unknown');
}
