/**
 * Telling a newer run from an older one. A run has no version or update time, so the order comes
 * from its life cycle: a run and its payments only move forward, except that restart sends an
 * SCA_FAILED run back to PENDING_CHALLENGE (both rank as one "authorising" phase). An update is
 * stale when the run's rank went back, or when it stayed and any payment's rank went back.
 * Terminal runs never change. Updates with the same ranks are taken (supplier edits change no
 * status); a status this library does not know cannot be ranked and is taken as it comes.
 */
import type { PaymentRun } from '../../api/schemas/payment-run.js';

const RUN_RANK: Record<string, number> = {
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

const PAYMENT_RANK: Record<string, number> = {
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

const TERMINAL_RANK = 5;

/** True when `incoming` is older than `current` (same run) and must be ignored. */
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

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * `next` with every payment that did not change replaced by the object already shown, so each
 * unchanged row keeps its identity and is not rendered again. Returns `current` itself when
 * nothing changed at all.
 */
export function reconcile(current: PaymentRun | undefined, next: PaymentRun): PaymentRun {
  if (!current || current.id !== next.id) return next;
  const old = new Map(current.payments.map((p) => [p.id, p]));
  let changed = current.payments.length !== next.payments.length;
  const payments = next.payments.map((payment, i) => {
    const previous = old.get(payment.id);
    if (previous && same(previous, payment)) {
      if (current.payments[i] !== previous) changed = true;
      return previous;
    }
    changed = true;
    return payment;
  });
  if (!changed && same({ ...current, payments: [] }, { ...next, payments: [] })) return current;
  return { ...next, payments: changed ? payments : current.payments };
}
