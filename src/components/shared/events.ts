/**
 * `payment-run-error`, shared by every element that calls the API: `error` is a
 * `PaymentRunApiError` (or an unexpected error), `action` names what the element was doing
 * (`submit`, `load`, `confirm`, `cancel`, `fund`, `cancel-group`, …; see each element's docs).
 */
export interface PaymentRunErrorDetail {
  error: unknown;
  action: string;
}

declare global {
  interface HTMLElementEventMap {
    /** An element's action failed; the element also shows the error. */
    'payment-run-error': CustomEvent<PaymentRunErrorDetail>;
  }
}
