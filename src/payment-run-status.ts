/**
 * `payment-run-elements/payment-run-status.js`: registers `<payment-run-status>` and the
 * `<cop-result-badge>` it shows (each only if its tag is free).
 */
import './cop-result-badge.js';
import { PaymentRunStatusElement } from './components/payment-run-status/payment-run-status.js';

export { PaymentRunStatusElement };
export type {
  PaymentCancelDetail,
  PaymentRunChangeDetail,
  PaymentRunDetail,
  PaymentRunStatusErrorDetail,
  PaymentUpdateDetail,
} from './components/payment-run-status/events.js';
export { statusStrings } from './components/payment-run-status/strings.js';

if (!globalThis.customElements?.get('payment-run-status')) {
  globalThis.customElements?.define('payment-run-status', PaymentRunStatusElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'payment-run-status': PaymentRunStatusElement;
  }
}
