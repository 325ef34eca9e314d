import * as z from 'zod/mini';
import type { Open } from '../enums.js';
import type {
  CopMatch,
  CopReasonCode,
  Currency,
  PaymentRunStatus,
  PaymentStatus,
  SupplierType,
} from '../enums.js';
import { HEX_ID, integer, open, requestAmount, text } from './helpers.js';

/**
 * The supplier name pattern of the spec. The apostrophe it allows is U+2019 (’), not U+0027 (').
 */
export const SUPPLIER_NAME_PATTERN = /^[a-zA-Z0-9/\-?:().,\u2019+\s#=!"%&*<>;{@\r\n]*$/;
export const PAYMENT_REFERENCE_PATTERN = /^[0-9a-zA-Z.-]{1,18}$/;
export const TAG_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const SORT_CODE_PATTERN = /^[0-9]{6}$/;
export const ACCOUNT_NUMBER_PATTERN = /^[0-9]{8}$/;
export const IBAN_PATTERN = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
export const BIC_PATTERN = /^[a-zA-Z0-9]{4}[a-zA-Z]{2}[a-zA-Z0-9]{2}[a-zA-Z0-9]{0,3}$/;

const size = (min: number, max: number) => [z.minLength(min), z.maxLength(max)];

/** An enumeration: checked against `pattern` in requests, kept open in responses. */
const oneOf = <T extends string>(strict: boolean, pattern: RegExp) =>
  (strict ? z.string().check(z.regex(pattern)) : z.string()) as unknown as z.ZodMiniType<Open<T>>;

/** Schemas for payments, strict (requests) or shape-only (responses). */
function paymentSchemas(strict: boolean) {
  const fasterPayments = z.object({
    accountNumber: text(strict, z.regex(ACCOUNT_NUMBER_PATTERN)),
    sortCode: text(strict, z.regex(SORT_CODE_PATTERN)),
    secondaryReference: z.optional(z.string()),
  });
  const sepa = z.object({
    iban: text(strict, ...size(15, 34), z.regex(IBAN_PATTERN)),
    bankIdentifierCode: z.optional(text(strict, ...size(8, 11), z.regex(BIC_PATTERN))),
  });
  const supplier = z.object({
    name: text(strict, ...size(1, 140), z.regex(SUPPLIER_NAME_PATTERN)),
    address: z.optional(text(strict, ...size(1, 150))),
    bankName: z.optional(z.string()),
    bankAddress: z.optional(text(strict, ...size(1, 150))),
    bankCountry: z.optional(text(strict, z.regex(/^[A-Z]{2}$/))),
    type: z.optional(oneOf<SupplierType>(strict, /^(PERSONAL|BUSINESS)$/)),
    bankAccountDetails: z.union([fasterPayments, sepa]),
  });
  const amount = z.object({
    currency: oneOf<Currency>(strict, /^(GBP|EUR)$/),
    amount: strict ? requestAmount : integer,
  });
  const payment = z.object({
    externalRef: z.optional(z.string()),
    paymentRef: z.optional(z.string()),
    paymentAmount: amount,
    reference: text(strict, z.regex(PAYMENT_REFERENCE_PATTERN)),
    supplier,
  });
  return { supplier, amount, payment, fasterPayments, sepa };
}

const request = paymentSchemas(true);
const response = paymentSchemas(false);
export const bankDetailsSchemas = { fasterPayments: response.fasterPayments, sepa: response.sepa };
export const currencyAmountSchema = response.amount;

/** Body of `POST /v1/payment_runs` (postPaymentRun). */
export const paymentRunCreateSchema = z.object({
  paymentRunRef: z.optional(z.string()),
  tag: z.optional(z.string().check(z.maxLength(50), z.regex(TAG_PATTERN))),
  description: z.optional(z.string()),
  payments: z.array(request.payment).check(z.minLength(1), z.maxLength(1000)),
});

/** Body of `PUT /v1/payment_runs/{id}` (putPaymentRunsId): new supplier details of payments. */
export const paymentsUpdateSchema = z.object({
  payments: z
    .array(z.object({ paymentId: z.string().check(z.regex(HEX_ID)), supplier: request.supplier }))
    .check(z.minLength(1)),
});

/** Body of `PUT /v1/payment_runs/{id}/cancel/payments` (putCancelPaymentRunPayment). */
export const paymentsCancelSchema = z.object({
  paymentIds: z.array(z.string().check(z.regex(HEX_ID))).check(z.minLength(1)),
});

/** One Confirmation-of-Payee result of a payment. */
export const validationOutcomeSchema = z.object({
  category: z.optional(z.string()),
  categoryResult: z.optional(
    z.object({
      match: z.optional(open<CopMatch>()),
      reasonCode: z.optional(open<CopReasonCode>()),
      accountName: z.optional(z.string()),
    }),
  ),
});

/** A payment line as the API returns it. */
export const paymentSchema = z.object({
  ...response.payment.shape,
  id: z.string(),
  status: open<PaymentStatus>(),
  validationOutcomes: z.optional(z.array(validationOutcomeSchema)),
});

/** A payment run as the API returns it (GET, list items, create and confirm answers, webhooks). */
export const paymentRunSchema = z.object({
  id: z.string(),
  paymentRunRef: z.optional(z.string()),
  tag: z.optional(z.string()),
  description: z.optional(z.string()),
  createdBy: z.string(),
  status: open<PaymentRunStatus>(),
  statusReason: z.optional(z.string()),
  payments: z.array(paymentSchema),
  createdAt: z.string(),
  buyerId: z.optional(z.string()),
});

/** Answer of `GET /v1/payment_runs` (getPaymentRuns). */
export const paymentRunPageSchema = z.object({
  count: z.number(),
  responseCount: z.number(),
  paymentRuns: z.array(paymentRunSchema),
});

export type PaymentRunCreate = z.infer<typeof paymentRunCreateSchema>;
export type PaymentCreate = PaymentRunCreate['payments'][number];
export type SupplierInput = PaymentCreate['supplier'];
export type PaymentsUpdate = z.infer<typeof paymentsUpdateSchema>;
export type PaymentRun = z.infer<typeof paymentRunSchema>;
export type Payment = z.infer<typeof paymentSchema>;
export type Supplier = Payment['supplier'];
export type CurrencyAmount = z.infer<typeof currencyAmountSchema>;
export type FasterPaymentsBankDetails = z.infer<typeof bankDetailsSchemas.fasterPayments>;
export type SepaBankDetails = z.infer<typeof bankDetailsSchemas.sepa>;
export type ValidationOutcome = z.infer<typeof validationOutcomeSchema>;
export type PaymentRunPage = z.infer<typeof paymentRunPageSchema>;
