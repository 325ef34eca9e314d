/** Pure helpers over a run's payments: masking, sorting, filtering and totals. */
import type { Payment } from '../../api/schemas/payment-run.js';

export type SortKey = 'supplier' | 'amount' | 'reference' | 'status';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** The last four characters of the account number or IBAN: all a list needs to show. */
export function lastFour(payment: Payment): string {
  const details = payment.supplier.bankAccountDetails;
  const account = 'iban' in details ? details.iban : details.accountNumber;
  return account.slice(-4);
}

/** True for a SEPA (IBAN) payment, false for Faster Payments (account number and sort code). */
export const isSepa = (payment: Payment) => 'iban' in payment.supplier.bankAccountDetails;

type Compare = (a: Payment, b: Payment) => number;

/** How two payments compare by each column, ascending; currency and status codes are ASCII. */
function comparers(compareText: (a: string, b: string) => number): Record<SortKey, Compare> {
  const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    supplier: (a, b) => compareText(a.supplier.name, b.supplier.name),
    reference: (a, b) => compareText(a.reference, b.reference),
    status: (a, b) => code(a.status, b.status),
    amount: (a, b) =>
      code(a.paymentAmount.currency, b.paymentAmount.currency) ||
      a.paymentAmount.amount - b.paymentAmount.amount,
  };
}

/** Each payment's place by one column (equal values share it), so a sort compares integers. */
export type Ranks = ReadonlyMap<Payment, number>;

/** The ranks of `payments` by `key`: sorted once with the locale's collation. */
export function rankPayments(
  payments: readonly Payment[],
  key: SortKey,
  compareText: (a: string, b: string) => number,
): Ranks {
  const compare = comparers(compareText)[key];
  const sorted = [...payments].sort(compare);
  const ranks = new Map<Payment, number>();
  sorted.forEach((payment, i) => {
    const previous = sorted[i - 1];
    ranks.set(payment, previous && compare(previous, payment) === 0 ? ranks.get(previous)! : i);
  });
  return ranks;
}

/**
 * The payments in `direction` of their `ranks` (a new array); equal ones keep the API's order.
 * Without ranks, the API's order.
 */
export function sortPayments(
  payments: readonly Payment[],
  ranks: Ranks | undefined,
  direction: SortDirection = 'ascending',
): readonly Payment[] {
  if (!ranks) return payments;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...payments].sort((a, b) => sign * (ranks.get(a)! - ranks.get(b)!));
}

/** The payments with `status`, or all of them when `status` is empty. */
export const filterPayments = (payments: readonly Payment[], status: string) =>
  status ? payments.filter((p) => p.status === status) : payments;

/** Count and amount per currency of the payments in one status. */
export interface StatusTotal {
  status: string;
  count: number;
  amounts: { currency: string; amount: number }[];
}

/** Totals by payment status, in the order the statuses first appear; plus the grand total. */
export function totalsByStatus(payments: readonly Payment[]): {
  byStatus: StatusTotal[];
  all: StatusTotal;
} {
  const groups = new Map<string, Map<string, number>>();
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const { status, paymentAmount } of payments) {
    const { currency, amount } = paymentAmount;
    let group = groups.get(status);
    if (!group) groups.set(status, (group = new Map<string, number>()));
    group.set(currency, (group.get(currency) ?? 0) + amount);
    counts.set(status, (counts.get(status) ?? 0) + 1);
    sums.set(currency, (sums.get(currency) ?? 0) + amount);
  }
  const amountsOf = (m: Map<string, number>) =>
    [...m].map(([currency, amount]) => ({ currency, amount }));
  return {
    byStatus: [...groups].map(([status, amounts]) => ({
      status,
      count: counts.get(status) ?? 0,
      amounts: amountsOf(amounts),
    })),
    all: { status: '', count: payments.length, amounts: amountsOf(sums) },
  };
}
