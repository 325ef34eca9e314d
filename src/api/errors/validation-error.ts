import type { FieldErrorKind, Open } from '../enums.js';
import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** One entry of a 400 body's `syntaxErrors.invalidFields`. */
export interface InvalidField {
  /** Path of the field, e.g. `payments[3].supplier.bankAccountDetails.sortCode`. */
  fieldName: string;
  error: Open<FieldErrorKind>;
  params: string[];
}

/**
 * The request was invalid: a 400 from the API, or caught by the client before sending
 * (then `status` is undefined). `invalidFields` says which fields and why.
 */
export class ValidationError extends PaymentRunApiError {
  readonly kind = 'validation';
  readonly invalidFields: readonly InvalidField[];
  /** The API's `message`, when it gave one. */
  readonly apiMessage?: string;

  constructor(invalidFields: InvalidField[], apiMessage?: string, init?: ApiErrorInit) {
    super(
      `The request is invalid${invalidFields.length ? `: ${invalidFields.map((f) => `${f.fieldName} (${f.error})`).join(', ')}` : apiMessage ? `: ${apiMessage}` : '.'}`,
      init,
    );
    this.invalidFields = invalidFields;
    this.apiMessage = apiMessage;
  }
}
