import type { FundingInstruction } from '../../api/schemas/funding.js';

/** `funding-start`: the host starts the open-banking payment of this group (not cancelable). */
export interface FundingStartDetail {
  paymentRunId: string;
  /** The funding group; pass `group.reference` to Weavr's payment (PIS) component. */
  group: FundingInstruction;
  /** The linked account chosen for the group's currency. */
  linkedAccountId: string;
}

/** `funding-group-cancel`: the user asked to cancel a group that awaits funds (cancelable). */
export interface FundingGroupCancelDetail {
  paymentRunId: string;
  group: FundingInstruction;
}

/** `funding-link-account`: no linked account can pay this currency (cancelable). */
export interface FundingLinkAccountDetail {
  currency: string;
}

/**
 * `payment-run-error` from this element: a call failed; `action` names what it was doing. The
 * event itself is declared once for every element (`payment-run-error` in `HTMLElementEventMap`).
 */
export interface FundingErrorDetail {
  error: unknown;
  action:
    | 'load'
    | 'render'
    | 'list-linked-accounts'
    | 'fund'
    | 'refresh-groups'
    | 'fund-group'
    | 'cancel-group';
}

declare global {
  interface HTMLElementEventMap {
    /** A funding group needs paying: the host launches Weavr's open-banking payment for it. */
    'funding-start': CustomEvent<FundingStartDetail>;
    /** The user asked to cancel a funding group; `preventDefault()` takes the action over. */
    'funding-group-cancel': CustomEvent<FundingGroupCancelDetail>;
    /** No usable linked account for a currency; `preventDefault()` when the host links one. */
    'funding-link-account': CustomEvent<FundingLinkAccountDetail>;
  }
}

// The shared `payment-run-error` declaration travels with this element's types.
export type { PaymentRunErrorDetail } from '../shared/events.js';
