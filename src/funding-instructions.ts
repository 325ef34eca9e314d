/**
 * `payment-run-elements/funding-instructions.js`: registers `<funding-instructions>` (only if the
 * tag is free) and re-exports its class and event types.
 */
import { FundingInstructionsElement } from './components/funding-instructions/funding-instructions.js';

export { FundingInstructionsElement };
export type {
  FundingStartDetail,
  FundingGroupCancelDetail,
  FundingLinkAccountDetail,
  FundingErrorDetail,
} from './components/funding-instructions/events.js';
export { fundingStrings } from './components/funding-instructions/strings.js';

if (!globalThis.customElements?.get('funding-instructions')) {
  globalThis.customElements?.define('funding-instructions', FundingInstructionsElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'funding-instructions': FundingInstructionsElement;
  }
}
