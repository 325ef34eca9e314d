import { PaymentRunApiError } from './api-error.js';

/** 5xx: the API failed or is down for maintenance; trying again later may work. */
export class ServerError extends PaymentRunApiError {
  readonly kind = 'server';
}
