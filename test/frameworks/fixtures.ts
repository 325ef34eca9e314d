/**
 * What the framework pages of `e2e/frameworks.e2e.mjs` render: a sandbox in the page, a client
 * through the real proxy, a run awaiting confirmation, a run awaiting funding and a close-match
 * Confirmation-of-Payee outcome.
 */
import type { PaymentRunClient } from '../../src/api/index.js';
import type { ValidationOutcome } from '../../src/api/schemas/payment-run.js';
import { setupSandbox } from '../helpers/sandbox.js';

export interface PageFixtures {
  client: PaymentRunClient;
  /** A run in PENDING_CONFIRMATION described `description`. */
  runId: string;
  description: string;
  /** A seeded run in PENDING_FUNDING. */
  fundingRunId: string;
  /** A close match whose account holder is "Acme Supplies Limited". */
  outcome: ValidationOutcome;
}

export async function pageFixtures(framework: string): Promise<PageFixtures> {
  const setup = setupSandbox();
  const description = `${framework} suppliers`;
  const run = await setup.clientFor('creator').createPaymentRun({
    description,
    payments: [
      {
        paymentAmount: { currency: 'GBP', amount: 12_345 },
        reference: 'INV-FW-1',
        supplier: {
          name: 'Northwind Traders Ltd',
          type: 'BUSINESS',
          bankAccountDetails: { accountNumber: '12345678', sortCode: '123456' },
        },
      },
    ],
  });
  await setup.sandbox.advance(2_000);
  const client = setup.clientFor('controller');
  const { paymentRuns } = await client.listPaymentRuns({ status: 'PENDING_FUNDING', limit: 1 });
  const fundingRun = paymentRuns[0];
  if (!fundingRun) throw new Error('the sandbox has no seeded run awaiting funding');
  return {
    client,
    runId: run.id,
    description,
    fundingRunId: fundingRun.id,
    outcome: {
      category: 'COP',
      categoryResult: {
        match: 'CLOSE_MATCH',
        reasonCode: 'MBAM',
        accountName: 'Acme Supplies Limited',
      },
    },
  };
}

/** Shown once the page has mounted, for the test to wait on. */
export const READY_ID = 'framework-ready';
