import type { ListState } from './list-state.js';
import type { ProviderName } from './provider.types.js';

/** Detail of `payment-run-select`: the run the user opened, as its provider returned it. */
export interface PaymentRunSelectDetail<Run = unknown> {
  paymentRun: Run;
  provider: ProviderName;
}

/** Detail of `payment-run-list-change`: the whole view after the user's change. */
export interface PaymentRunListChangeDetail {
  state: ListState;
}

declare global {
  interface HTMLElementEventMap {
    /** Cancelable: the user opened a run in `<payment-run-list>`; `preventDefault()` if the host navigates itself. */
    'payment-run-select': CustomEvent<PaymentRunSelectDetail>;
    /** The user changed the filters, the page or the sort of `<payment-run-list>`. */
    'payment-run-list-change': CustomEvent<PaymentRunListChangeDetail>;
  }
}

// The shared `payment-run-error` declaration travels with this element's types.
export type { PaymentRunErrorDetail } from '../shared/events.js';
