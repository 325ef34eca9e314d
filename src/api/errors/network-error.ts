import { PaymentRunApiError } from './api-error.js';

/** The request never got an answer: offline, DNS, connection dropped, CORS. */
export class NetworkError extends PaymentRunApiError {
  readonly kind = 'network';
}
