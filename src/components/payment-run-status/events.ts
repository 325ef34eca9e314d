import type { PaymentRun, SupplierInput } from '../../api/schemas/payment-run.js';
import type { PaymentRunStatusAction } from './actions.js';

/** Detail of `payment-run-confirm`, `payment-run-cancel`, `payment-run-restart` and `payment-run-challenge`. */
export interface PaymentRunDetail {
  paymentRun: PaymentRun;
}

/** Detail of `payment-cancel`: the payments about to be cancelled. */
export interface PaymentCancelDetail {
  paymentRun: PaymentRun;
  paymentIds: string[];
}

/** Detail of `payment-update`: the new supplier details about to be sent (PUT). */
export interface PaymentUpdateDetail {
  paymentRun: PaymentRun;
  payments: { paymentId: string; supplier: SupplierInput }[];
}

/** Detail of `payment-run-change`: the run now, and as it was before. */
export interface PaymentRunChangeDetail {
  paymentRun: PaymentRun;
  previous: PaymentRun;
}

/**
 * Detail of `payment-run-error` from this element: what failed (a `PaymentRunApiError`), and
 * during what. The event itself is declared once for every element in `HTMLElementEventMap`
 * (its `action` is a string there).
 */
export interface PaymentRunStatusErrorDetail {
  error: unknown;
  action: PaymentRunStatusAction;
}

declare global {
  interface HTMLElementEventMap {
    /** Cancelable, before the API call: the user confirms the run. */
    'payment-run-confirm': CustomEvent<PaymentRunDetail>;
    /** Cancelable, before the confirmation dialog and the API call: the user cancels the run. */
    'payment-run-cancel': CustomEvent<PaymentRunDetail>;
    /** Cancelable, before the API call: the user restarts a run after SCA_FAILED. */
    'payment-run-restart': CustomEvent<PaymentRunDetail>;
    /** Cancelable, before the confirmation dialog and the API call: the user cancels payments. */
    'payment-cancel': CustomEvent<PaymentCancelDetail>;
    /** Cancelable, before the API call (PUT): the user changed a payment's supplier. */
    'payment-update': CustomEvent<PaymentUpdateDetail>;
    /** The run entered PENDING_CHALLENGE: the host mounts Weavr's authorisation UI. */
    'payment-run-challenge': CustomEvent<PaymentRunDetail>;
    /** The run changed (an action, a poll, or an update pushed with `applyUpdate`). */
    'payment-run-change': CustomEvent<PaymentRunChangeDetail>;
  }
}

// The shared `payment-run-error` declaration travels with this element's types.
export type { PaymentRunErrorDetail } from '../shared/events.js';
