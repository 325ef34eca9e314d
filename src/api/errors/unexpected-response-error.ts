import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** The API answered with a body that is not JSON or does not match the expected schema. */
export class UnexpectedResponseError extends PaymentRunApiError {
  readonly kind = 'unexpected-response';
  /** Where the body differed, e.g. `payments[2].paymentAmount.amount: expected int`. */
  readonly issues: readonly string[];

  constructor(issues: string[], init?: ApiErrorInit) {
    super(`The API sent an answer this page cannot read (${issues.slice(0, 3).join('; ')}).`, init);
    this.issues = issues;
  }
}
