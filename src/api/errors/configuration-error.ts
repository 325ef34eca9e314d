import { PaymentRunApiError } from './api-error.js';

/** An element has no client: no `client` property, no `token-endpoint`/`api-base`, no `configure()`. */
export class ConfigurationError extends PaymentRunApiError {
  readonly kind = 'configuration';
}
