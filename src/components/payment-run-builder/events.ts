import type { PaymentRun, PaymentRunCreate } from '../../api/schemas/payment-run.js';

/**
 * `payment-run-submit`: the body about to be sent. `request` is a deep-frozen copy of exactly that
 * body, so a listener cannot change what is sent; to send something else, call `preventDefault()`
 * and send it yourself.
 */
export interface PaymentRunSubmitDetail {
  request: PaymentRunCreate;
}

/** `payment-run-created`: the run the API created (status `QUEUED`). */
export interface PaymentRunCreatedDetail {
  paymentRun: PaymentRun;
}

export type { PaymentRunErrorDetail } from '../shared/events.js';

declare global {
  interface HTMLElementEventMap {
    /** The builder is about to create a run; cancelable. */
    'payment-run-submit': CustomEvent<PaymentRunSubmitDetail>;
    /** The builder created a run. */
    'payment-run-created': CustomEvent<PaymentRunCreatedDetail>;
  }
}
