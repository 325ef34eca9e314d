/**
 * `payment-run-elements/payment-run-list.js`: registers `<payment-run-list>` (only if its tag is
 * free).
 */
import { PaymentRunListElement } from './components/payment-run-list/payment-run-list.js';

export { PaymentRunListElement };
export type {
  PaymentRunListChangeDetail,
  PaymentRunSelectDetail,
} from './components/payment-run-list/events.js';
export type { ListFilters, ListState, SortKey } from './components/payment-run-list/list-state.js';
export type { ProviderName } from './components/payment-run-list/provider.types.js';
export { listStrings } from './components/payment-run-list/strings.js';

if (!globalThis.customElements?.get('payment-run-list')) {
  globalThis.customElements?.define('payment-run-list', PaymentRunListElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'payment-run-list': PaymentRunListElement;
  }
}
