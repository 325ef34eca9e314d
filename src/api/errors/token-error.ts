import { PaymentRunApiError } from './api-error.js';

/** The host's token endpoint (or `getToken`) failed or answered without a usable token. */
export class TokenError extends PaymentRunApiError {
  readonly kind = 'token';
}
