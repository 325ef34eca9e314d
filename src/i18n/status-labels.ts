import type { Translate } from './translate.js';

// English status labels, by kind, so that each element ships only the kinds it shows.

/** Payment run statuses, and the fallback for a status this library does not know yet. */
export const runStatusStrings = {
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
  /** A status this library does not know yet is shown as the API sent it. */
  'status.unknown': '{status}',
} as const;

/** Payment statuses. */
export const paymentStatusStrings = {
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
} as const;

/** Funding group statuses. */
export const fundingStatusStrings = {
  'status.funding.PENDING_FUNDING': 'Not started',
  'status.funding.AWAITING_FUNDS': 'Awaiting funds',
  'status.funding.EXECUTING': 'Paying',
  'status.funding.COMPLETED': 'Completed',
  'status.funding.COMPLETED_WITH_ERRORS': 'Completed with errors',
  'status.funding.CANCELLED': 'Cancelled',
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
