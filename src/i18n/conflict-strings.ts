/**
 * Every 409 `errorCode` in plain words, split by the calls that can answer it
 * (`src/api/conflict-codes.ts`) so that each element ships only the texts it can show. A code
 * without a text in an element's table falls back to `error.conflict`.
 */

/** Creating, confirming or funding a run. */
export const linkedAccountConflictStrings = {
  'conflict.BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT':
    'A supplier’s bank account is one of your own linked accounts. Pay suppliers, not yourself.',
  'conflict.LINKED_ACCOUNT_INVALID_STATE':
    'The linked bank account cannot be used now: it is not linked, or its consent has expired.',
} as const;

/** Creating, changing, confirming or cancelling a run. */
export const changeConflictStrings = {
  'conflict.INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS':
    'The bank refused a supplier’s account details. Check the account number, sort code or IBAN.',
  'conflict.ZERO_BALANCE_ACCOUNT_INVALID_STATE':
    'Your payment-run account for this currency is not ready yet. Try again later.',
  'conflict.IDEMPOTENT_REQUEST_IN_PROGRESS':
    'This request is already being processed. Wait a moment, then refresh.',
  'conflict.MISSING_SUPPLIER_TYPE':
    'A supplier paid by Faster Payments needs a type: personal or business.',
} as const;

/** Changing, confirming, cancelling or restarting a run, or cancelling payments. */
export const runActionConflictStrings = {
  'conflict.PAYMENT_RUN_INVALID_STATE':
    'The payment run has moved on; this action no longer applies.',
  'conflict.PAYMENT_RUN_DUPLICATE_PAYMENT_ID': 'The same payment was listed twice in one change.',
  'conflict.PAYMENT_RUN_ALREADY_CONFIRMED': 'This payment run has already been confirmed.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN':
    'This payment run can no longer be cancelled: funding or execution has started.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN_PAYMENT': 'This payment can no longer be cancelled.',
  'conflict.PAYMENT_RUN_PAYMENT_INVALID_STATE':
    'Payments can only be cancelled while the run awaits confirmation.',
} as const;

/**
 * Funding a run and the sandbox's simulated funding step, cancelling a funding group (the first
 * and last also when creating a run).
 */
export const fundingConflictStrings = {
  'conflict.BANK_ACCOUNT_CANNOT_BE_ZERO_BALANCE_ACCOUNT':
    'A supplier’s bank account is your payment-run account. Choose the supplier’s own account.',
  'conflict.PAYMENT_RUN_NOT_FOUND': 'This payment run could not be found.',
  'conflict.TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY': 'Choose one linked account per currency.',
  'conflict.LINKED_ACCOUNT_NOT_FOUND': 'The chosen linked account no longer exists.',
  'conflict.FUNDING_REQUEST_IN_PROGRESS': 'Funding has already started for this payment run.',
  'conflict.PAYMENT_RUN_GROUP_INVALID_STATE':
    'This funding group can only be cancelled while it awaits funds.',
  'conflict.REFERENCE_INVALID': 'This funding group does not belong to the payment run.',
  'conflict.UNSUPPORTED_CURRENCY': 'This currency is not enabled for your account.',
} as const;
