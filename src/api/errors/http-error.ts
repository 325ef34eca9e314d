import { PaymentRunApiError } from './api-error.js';

/** Any other unsuccessful status (413, 422, …). */
export class HttpStatusError extends PaymentRunApiError {
  readonly kind = 'http';
}
