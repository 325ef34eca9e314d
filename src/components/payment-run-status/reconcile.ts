/**
 * Keeping rows that did not change: a run read again is a new object with new payments, so each
 * unchanged payment is replaced by the one already shown and its row is not rendered again.
 * Which of two pictures of a run is newer is `isStale` (`../shared/run-freshness.ts`).
 */
import type { PaymentRun } from '../../api/schemas/payment-run.js';

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
