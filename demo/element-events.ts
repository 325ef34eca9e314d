/** Every event the elements emit (DESIGN.md, "Events"): the event log listens for all of them. */
export const ELEMENT_EVENTS = [
  'payment-run-submit',
  'payment-run-created',
  'payment-run-confirm',
  'payment-run-cancel',
  'payment-run-restart',
  'payment-cancel',
  'payment-run-challenge',
  'payment-run-change',
  'funding-start',
  'funding-group-cancel',
  'funding-link-account',
  'cop-use-suggested-name',
  'payment-run-error',
] as const;
export type ElementEventName = (typeof ELEMENT_EVENTS)[number];
