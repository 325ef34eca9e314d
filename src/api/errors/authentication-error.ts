import { PaymentRunApiError } from './api-error.js';

/** The API refused the user's token twice (401), even after a fresh token was fetched. */
export class AuthenticationError extends PaymentRunApiError {
  readonly kind = 'unauthenticated';
}
