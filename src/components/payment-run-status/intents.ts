/**
 * The user actions of `<payment-run-status>` as API calls. Each action is an intent; the element
 * keeps one idempotency-ref per intent while it is retried, and forgets it once the request
 * certainly happened or certainly did not.
 */
import type { PaymentRunClient } from '../../api/client.js';
import type { PaymentRunApiError } from '../../api/errors/api-error.js';
import type { PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import { onDemand } from './on-demand.js';

/** One user intent; its idempotency-ref is kept while the same intent is retried. */
export type Intent =
  | { action: 'confirm' | 'cancel' | 'restart' }
  | { action: 'cancel-payments'; paymentIds: string[] }
  | { action: 'update-payment'; paymentId: string; supplier: SupplierInput }
  | { action: 'sca'; step: 'issue' }
  | { action: 'sca'; step: 'verify'; code: string };

/** Errors after which the request certainly did not happen, so a retry is a new intent. */
const DEFINITIVE = ['validation', 'permission', 'not-found', 'conflict', 'unauthenticated'];

export const isDefinitive = (error: unknown) =>
  DEFINITIVE.includes((error as PaymentRunApiError | undefined)?.kind ?? '');

export const isConflict = (error: unknown) =>
  (error as PaymentRunApiError | undefined)?.kind === 'conflict';

/** The key an intent's idempotency-ref is kept under. */
export const intentKey = (runId: string, intent: Intent) => `${runId}|${JSON.stringify(intent)}`;

/** Makes the API call of `intent`; resolves with the run when the API answers with it. */
export async function callApi(
  api: PaymentRunClient,
  runId: string,
  intent: Intent,
  options: { signal: AbortSignal; idempotencyRef: string },
): Promise<PaymentRun | undefined> {
  const { signal } = options;
  switch (intent.action) {
    case 'confirm':
      return api.confirmPaymentRun(runId, options);
    case 'cancel':
      await api.cancelPaymentRun(runId, options);
      return undefined;
    case 'restart':
      await api.restartPaymentRun(runId, options);
      return undefined;
    case 'cancel-payments':
      await api.cancelPayments(runId, intent.paymentIds, options);
      return undefined;
    case 'update-payment': {
      const payments = [{ paymentId: intent.paymentId, supplier: intent.supplier }];
      // The API takes no idempotency-ref on this PUT.
      await api.updatePayments(runId, { payments }, { signal });
      return undefined;
    }
    case 'sca': {
      // Sandbox only: the simulator's calls come with the sandbox's step, loaded when it shows.
      const step = await onDemand.sandboxSca();
      if (intent.step === 'issue') await step.simulateScaChallenge(api, runId, { signal });
      else await step.simulateScaVerify(api, runId, intent.code, { signal });
      return undefined;
    }
  }
}
