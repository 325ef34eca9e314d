/**
 * `payment-run-elements/cop-result-badge.js`: registers `<cop-result-badge>` (if the tag is free).
 * Loads no client: the badge is light enough for any list.
 */
import { CopResultBadgeElement } from './components/cop-result-badge/cop-result-badge.js';

export { CopResultBadgeElement };
export type { CopUseSuggestedNameDetail } from './components/cop-result-badge/events.js';
export { copStrings } from './components/cop-result-badge/strings.js';
export { copVerdict, copResultOf, type CopVerdict } from './components/cop-result-badge/verdict.js';

if (!globalThis.customElements?.get('cop-result-badge')) {
  globalThis.customElements?.define('cop-result-badge', CopResultBadgeElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cop-result-badge': CopResultBadgeElement;
  }
}
