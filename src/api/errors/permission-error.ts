import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** 403: the user's role does not allow this operation (`INSUFFICIENT_PERMISSIONS`). */
export class PermissionError extends PaymentRunApiError {
  readonly kind = 'permission';
  readonly errorCode?: string;

  constructor(errorCode: string | undefined, init?: ApiErrorInit) {
    super(`Your role does not allow this action${errorCode ? ` (${errorCode})` : ''}.`, init);
    this.errorCode = errorCode;
  }
}
