import type { ConflictCode, Open } from '../enums.js';
import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** 409: the API refused the operation in the current state; `errorCode` says why. */
export class ConflictError extends PaymentRunApiError {
  readonly kind = 'conflict';
  readonly errorCode?: Open<ConflictCode>;
  readonly apiMessage?: string;

  constructor(errorCode: string | undefined, apiMessage: string | undefined, init?: ApiErrorInit) {
    super(
      apiMessage ??
        `The request conflicts with the current state${errorCode ? ` (${errorCode})` : ''}.`,
      init,
    );
    this.errorCode = errorCode;
    this.apiMessage = apiMessage;
  }
}
