/**
 * `payment-run-elements/client`: the fetch layer. A typed client of the Weavr Payment Run API
 * through the host's proxy, its zod schemas, its errors and the API's enumerations.
 */
export {
  createPaymentRunClient,
  type PaymentRunClient,
  type PaymentRunClientOptions,
  type CallOptions,
  type MutationOptions,
  type PaymentRunQuery,
  type InstitutionQuery,
} from './client.js';
export type { TokenGrant } from './token.js';
export { newIdempotencyRef } from './idempotency.js';
export * from './errors/index.js';
export * from './enums.js';
export * from './schemas/payment-run.js';
export * from './schemas/funding.js';
export * from './schemas/linked-account.js';
export { HEX_ID, MAX_AMOUNT } from './schemas/helpers.js';
