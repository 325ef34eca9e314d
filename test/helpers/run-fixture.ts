import type { PaymentRun } from '../../src/api/schemas/payment-run.js';

/** A run in `status` with one payment per entry of `payments`, in that payment status. */
export const runFixture = (
  status: string,
  payments: string[] = [status],
  id = 'a'.repeat(24),
): PaymentRun => ({
  id,
  createdBy: '1',
  createdAt: '2026-01-05T09:00:00Z',
  status,
  payments: payments.map((s, i) => ({
    id: String(i).repeat(24),
    status: s,
    paymentAmount: { currency: 'GBP', amount: 100 },
    reference: 'R',
    supplier: { name: 'N', bankAccountDetails: { accountNumber: '12345678', sortCode: '123456' } },
  })),
});
