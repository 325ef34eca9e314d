/**
 * Telling a newer picture of a payment run from an older one (a webhook delivered late, a poll
 * that crossed an action). A run has no version or update time, so the order comes from its life
 * cycle: a run and its payments only move forward, except that restart sends an SCA_FAILED run
 * back to PENDING_CHALLENGE (both rank as one "authorising" phase). Terminal runs never change.
 * Updates with the same ranks are taken (supplier edits change no status); a status this library
 * does not know cannot be ranked and is taken as it comes.
 */
import type { PaymentRun } from '../../api/schemas/payment-run.js';

/** Life-cycle rank of each run status; equal ranks are one phase. */
export const RUN_RANK: Readonly<Record<string, number>> = {
  QUEUED: 0,
  PENDING_CONFIRMATION: 1,
  PENDING_CHALLENGE: 2,
  SCA_FAILED: 2,
  PENDING_FUNDING: 3,
  EXECUTING: 4,
  COMPLETED: 5,
  COMPLETED_WITH_ERRORS: 5,
  CANCELLED: 5,
  INVALID: 5,
};

/** Life-cycle rank of each payment status; equal ranks are one phase. */
export const PAYMENT_RANK: Readonly<Record<string, number>> = {
  QUEUED: 0,
  PENDING_CONFIRMATION: 1,
  PENDING_CHALLENGE: 2,
  SCA_FAILED: 2,
  PENDING_FUNDING: 3,
  AWAITING_FUNDS: 4,
  EXECUTING: 5,
  COMPLETED: 6,
  FAILED: 6,
  CANCELLED: 6,
  RETURNED: 7,
};

const TERMINAL_RANK = RUN_RANK.COMPLETED;

/**
 * True when `incoming` is an older picture of the same run than `current` and must be ignored:
 * the run's rank went back, a terminal run changed, or the rank stayed and a payment's went back.
 */
export function isStale(current: PaymentRun, incoming: PaymentRun): boolean {
  if (current.id !== incoming.id) return false;
  const was = RUN_RANK[current.status];
  const now = RUN_RANK[incoming.status];
  if (was === undefined || now === undefined) return false;
  if (now < was) return true;
  if (was === TERMINAL_RANK && incoming.status !== current.status) return true;
  if (now > was) return false;
  const before = new Map(current.payments.map((p) => [p.id, PAYMENT_RANK[p.status]]));
  return incoming.payments.some((p) => {
    const old = before.get(p.id);
    const rank = PAYMENT_RANK[p.status];
    return old !== undefined && rank !== undefined && rank < old;
  });
}
