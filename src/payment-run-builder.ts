/**
 * `payment-run-elements/payment-run-builder.js`: registers `<payment-run-builder>`.
 */
import { PaymentRunBuilderElement } from './components/payment-run-builder/payment-run-builder.js';

export { PaymentRunBuilderElement };
export type { PaymentDraft } from './components/payment-run-builder/payment-run-builder.js';
export type {
  PaymentRunSubmitDetail,
  PaymentRunCreatedDetail,
  PaymentRunErrorDetail,
} from './components/payment-run-builder/events.js';
export { builderStrings } from './components/payment-run-builder/strings.js';

if (!globalThis.customElements?.get('payment-run-builder')) {
  globalThis.customElements?.define('payment-run-builder', PaymentRunBuilderElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'payment-run-builder': PaymentRunBuilderElement;
  }
}
