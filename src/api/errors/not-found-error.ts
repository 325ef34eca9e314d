import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** 404: the payment run, payment, group or linked account does not exist for this buyer. */
export class NotFoundError extends PaymentRunApiError {
  readonly kind = 'not-found';
  readonly code?: string;
  readonly apiMessage?: string;

  constructor(code: string | undefined, apiMessage: string | undefined, init?: ApiErrorInit) {
    super(apiMessage ?? 'Not found.', init);
    this.code = code;
    this.apiMessage = apiMessage;
  }
}
