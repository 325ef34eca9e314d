import * as z from 'zod/mini';
import type { FundingStatus } from '../enums.js';
import { open } from './helpers.js';
import { currencyAmountSchema, paymentSchema } from './payment-run.js';

/** One funding group of a run: fund it with one open-banking payment of `totalAmount`. */
export const fundingInstructionSchema = z.object({
  reference: z.string(),
  totalAmount: currencyAmountSchema,
  status: open<FundingStatus>(),
  fundingDate: z.optional(z.string()),
  payments: z.array(paymentSchema),
});

/** Answer of `GET /v1/payment_runs/{id}/fund` (getPaymentRunsIdFund). */
export const fundingInstructionsSchema = z.object({
  count: z.number(),
  responseCount: z.number(),
  fundingInstructions: z.optional(z.array(fundingInstructionSchema)),
});

export type FundingInstruction = z.infer<typeof fundingInstructionSchema>;
export type FundingInstructions = z.infer<typeof fundingInstructionsSchema>;
