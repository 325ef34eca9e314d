/**
 * Reading a page of Weavr runs fast. Every run in `GET /v1/payment_runs` carries all its payments
 * (up to 1000 each, so 20 000 on a page of 20), and checking each payment's supplier and bank
 * details would cost far more than the list shows. So the page's schema checks what the list
 * shows (each run's fields, each payment's amount, in a plain loop) and keeps the rest as sent; a run is checked
 * in full with the client's own schema when the user opens it (`fullRun`).
 */
import * as z from 'zod/mini';
import type { PaymentRunClient } from '../../api/client.js';
import { UnexpectedResponseError } from '../../api/errors/unexpected-response-error.js';
import { pathOf } from '../../api/http.js';
import { paymentRunSchema, type PaymentRun } from '../../api/schemas/payment-run.js';
import type { ListState } from './list-state.js';

/** A payment as the list needs it: an amount in a currency (a plain loop: 20 000 per page). */
const hasAmount = (payment: unknown) => {
  const amount = (payment as { paymentAmount?: { currency?: unknown; amount?: unknown } } | null)
    ?.paymentAmount;
  return typeof amount?.currency === 'string' && Number.isSafeInteger(amount.amount);
};

const listedPayments = z
  .array(z.unknown())
  .check(
    z.refine((payments) => payments.every(hasAmount), 'Expected every payment to have an amount'),
  );

const listedRun = z.looseObject({
  id: z.string(),
  paymentRunRef: z.optional(z.string()),
  tag: z.optional(z.string()),
  description: z.optional(z.string()),
  createdBy: z.string(),
  status: z.string(),
  createdAt: z.string(),
  payments: listedPayments,
});

const listedPage = z.object({
  count: z.number(),
  responseCount: z.number(),
  // The runs keep every field as sent; only what the list shows is checked here.
  paymentRuns: z.array(listedRun) as unknown as z.ZodMiniType<PaymentRun[]>,
});

/** The query string of a view, named as the API names it. */
export function searchOf(state: ListState): URLSearchParams {
  const { filters } = state;
  const params = new URLSearchParams();
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined) params.append(name, String(value));
  };
  add('status', filters.status);
  add('tag', filters.tag);
  add('reference', filters.reference);
  add('min_amount', filters.minAmount);
  add('max_amount', filters.maxAmount);
  add('offset', state.offset);
  add('limit', state.limit);
  return params;
}

/** One page of runs (getPaymentRuns), with the client's token, retries and error mapping. */
export function readPage(api: PaymentRunClient, state: ListState, signal: AbortSignal) {
  return api.call({
    operation: 'getPaymentRuns',
    method: 'get',
    path: 'v1/payment_runs',
    searchParams: searchOf(state),
    schema: listedPage,
    retry: 'read',
    signal,
  });
}

/** A listed run checked in full, as `getPaymentRun` would give it; throws if it does not match. */
export function fullRun(run: PaymentRun): PaymentRun {
  const result = paymentRunSchema.safeParse(run);
  if (result.success) return result.data;
  throw new UnexpectedResponseError(
    result.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`),
    { operation: 'getPaymentRuns' },
  );
}
