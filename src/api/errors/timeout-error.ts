import { PaymentRunApiError } from './api-error.js';

/** The API did not answer within the client's `timeout`. */
export class TimeoutError extends PaymentRunApiError {
  readonly kind = 'timeout';
}
