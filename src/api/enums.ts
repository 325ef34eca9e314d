/**
 * Every enumeration of the Weavr Payment Run API as `as const` arrays, with derived union types.
 * Shared by the schemas, the sandbox, the UI labels, stories and tests.
 */

/** Currencies the API knows (ISO 4217). */
export const CURRENCIES = ['GBP', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Status of a payment run, in the spec's order. */
export const PAYMENT_RUN_STATUSES = [
  'QUEUED',
  'CANCELLED',
  'COMPLETED',
  'COMPLETED_WITH_ERRORS',
  'EXECUTING',
  'INVALID',
  'PENDING_CHALLENGE',
  'PENDING_CONFIRMATION',
  'PENDING_FUNDING',
  'SCA_FAILED',
] as const;
export type PaymentRunStatus = (typeof PAYMENT_RUN_STATUSES)[number];

/** Run statuses after which nothing more happens to the run. */
export const TERMINAL_PAYMENT_RUN_STATUSES = [
  'CANCELLED',
  'COMPLETED',
  'COMPLETED_WITH_ERRORS',
  'INVALID',
] as const satisfies readonly PaymentRunStatus[];

/** Status of one payment line. */
export const PAYMENT_STATUSES = [
  'QUEUED',
  'CANCELLED',
  'COMPLETED',
  'FAILED',
  'PENDING_CHALLENGE',
  'PENDING_CONFIRMATION',
  'PENDING_FUNDING',
  'RETURNED',
  'AWAITING_FUNDS',
  'EXECUTING',
  'SCA_FAILED',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Status of a funding group (funding instruction). */
export const FUNDING_STATUSES = [
  'PENDING_FUNDING',
  'AWAITING_FUNDS',
  'CANCELLED',
  'EXECUTING',
  'COMPLETED',
  'COMPLETED_WITH_ERRORS',
] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export const SUPPLIER_TYPES = ['PERSONAL', 'BUSINESS'] as const;
export type SupplierType = (typeof SUPPLIER_TYPES)[number];

/** UK Confirmation-of-Payee match results. */
export const COP_MATCHES = ['EXACT_MATCH', 'CLOSE_MATCH', 'NO_MATCH'] as const;
export type CopMatch = (typeof COP_MATCHES)[number];

/** UK Confirmation-of-Payee reason codes. */
export const COP_REASON_CODES = [
  'ANNM',
  'MBAM',
  'BANM',
  'PANM',
  'BAMM',
  'PAMM',
  'AC01',
  'IVCR',
  'ACNS',
  'OPTO',
  'CASS',
  'SCNS',
] as const;
export type CopReasonCode = (typeof COP_REASON_CODES)[number];

/** Reason codes that mean the check could not be made, rather than a name mismatch. */
export const COP_NOT_CHECKED_CODES = [
  'AC01',
  'IVCR',
  'ACNS',
  'OPTO',
  'CASS',
  'SCNS',
] as const satisfies readonly CopReasonCode[];

export const LINKED_ACCOUNT_STATUSES = [
  'LINKED',
  'UNLINKED',
  'PENDING_CHALLENGE',
  'PENDING_FUNDING',
  'PENDING_VERIFICATION',
  'REJECTED',
] as const;
export type LinkedAccountStatus = (typeof LINKED_ACCOUNT_STATUSES)[number];

export const CONSENT_STATUSES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const MARKETS = ['EEA', 'UK'] as const;
export type Market = (typeof MARKETS)[number];

export const USER_ROLES = ['CREATOR', 'CONTROLLER', 'ADMIN'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Kinds of `syntaxErrors.invalidFields[].error` in a 400 body. */
export const FIELD_ERROR_KINDS = [
  'REQUIRED',
  'HAS_TEXT',
  'REQUIRES',
  'SIZE',
  'RANGE',
  'IN',
  'NOT_IN',
  'REGEX',
  'EXACTLY',
  'AT_LEAST',
  'AT_MOST',
  'ALL_OR_NONE',
] as const;
export type FieldErrorKind = (typeof FIELD_ERROR_KINDS)[number];

/** Every 409 `errorCode` of the operations the elements use (by operation: `CONFLICT_CODES`). */
export type ConflictCode =
  | 'BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT'
  | 'LINKED_ACCOUNT_INVALID_STATE'
  | 'BANK_ACCOUNT_CANNOT_BE_ZERO_BALANCE_ACCOUNT'
  | 'UNSUPPORTED_CURRENCY'
  | 'INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS'
  | 'ZERO_BALANCE_ACCOUNT_INVALID_STATE'
  | 'IDEMPOTENT_REQUEST_IN_PROGRESS'
  | 'MISSING_SUPPLIER_TYPE'
  | 'PAYMENT_RUN_INVALID_STATE'
  | 'PAYMENT_RUN_DUPLICATE_PAYMENT_ID'
  | 'PAYMENT_RUN_ALREADY_CONFIRMED'
  | 'PAYMENT_RUN_NOT_FOUND'
  | 'TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY'
  | 'LINKED_ACCOUNT_NOT_FOUND'
  | 'FUNDING_REQUEST_IN_PROGRESS'
  | 'CANNOT_CANCEL_PAYMENT_RUN'
  | 'CANNOT_CANCEL_PAYMENT_RUN_PAYMENT'
  | 'PAYMENT_RUN_PAYMENT_INVALID_STATE'
  | 'PAYMENT_RUN_GROUP_INVALID_STATE'
  | 'REFERENCE_INVALID';

/**
 * A value of an API enumeration that may also be one the library does not know yet: a new status
 * must not make a run unreadable. Narrow it with `isKnown`.
 */
export type Open<T extends string> = T | (string & { readonly __unknownEnumValue?: never });

/** True when `value` is one of `values`; narrows an `Open<T>` to `T`. */
export function isKnown<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
