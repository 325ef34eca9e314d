/**
 * `payment-run-elements/react`: React components for the four elements, made with `@lit/react`.
 * Props are set as element properties (objects such as `client`, `paymentRun` or `outcome`
 * included); each event has a typed `on<EventName>` prop (`payment-run-confirm` →
 * `onPaymentRunConfirm`). Importing this module registers the elements in the browser and
 * touches no DOM at load, so server-side rendering frameworks can import it in Node.
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { PaymentRunBuilderElement } from '../payment-run-builder.js';
import {
  PaymentRunStatusElement,
  type PaymentRunStatusErrorDetail,
} from '../payment-run-status.js';
import { FundingInstructionsElement, type FundingErrorDetail } from '../funding-instructions.js';
import { CopResultBadgeElement } from '../cop-result-badge.js';
import { PaymentRunListElement } from '../payment-run-list.js';

/** The DOM event `name`, typed as `HTMLElementEventMap` declares it. */
const event = <K extends keyof HTMLElementEventMap>(name: K) =>
  name as EventName<HTMLElementEventMap[K]>;

/** `payment-run-error` with the detail of one element (its `action` names what failed). */
const errorEvent = <Detail>(name: 'payment-run-error') => name as EventName<CustomEvent<Detail>>;

/** `<payment-run-builder>`: create a payment run. */
export const PaymentRunBuilder = createComponent({
  react: React,
  tagName: 'payment-run-builder',
  elementClass: PaymentRunBuilderElement,
  displayName: 'PaymentRunBuilder',
  events: {
    onPaymentRunSubmit: event('payment-run-submit'),
    onPaymentRunCreated: event('payment-run-created'),
    onPaymentRunError: event('payment-run-error'),
  },
});

/** `<payment-run-status>`: show one run, with its actions. */
export const PaymentRunStatus = createComponent({
  react: React,
  tagName: 'payment-run-status',
  elementClass: PaymentRunStatusElement,
  displayName: 'PaymentRunStatus',
  events: {
    onPaymentRunConfirm: event('payment-run-confirm'),
    onPaymentRunCancel: event('payment-run-cancel'),
    onPaymentRunRestart: event('payment-run-restart'),
    onPaymentCancel: event('payment-cancel'),
    onPaymentUpdate: event('payment-update'),
    onPaymentRunChallenge: event('payment-run-challenge'),
    onPaymentRunChange: event('payment-run-change'),
    onPaymentRunError: errorEvent<PaymentRunStatusErrorDetail>('payment-run-error'),
  },
});

/** `<funding-instructions>`: fund a run. */
export const FundingInstructions = createComponent({
  react: React,
  tagName: 'funding-instructions',
  elementClass: FundingInstructionsElement,
  displayName: 'FundingInstructions',
  events: {
    onFundingStart: event('funding-start'),
    onFundingGroupCancel: event('funding-group-cancel'),
    onFundingLinkAccount: event('funding-link-account'),
    onPaymentRunError: errorEvent<FundingErrorDetail>('payment-run-error'),
  },
});

/** `<cop-result-badge>`: one Confirmation-of-Payee result. */
export const CopResultBadge = createComponent({
  react: React,
  tagName: 'cop-result-badge',
  elementClass: CopResultBadgeElement,
  displayName: 'CopResultBadge',
  events: {
    onCopUseSuggestedName: event('cop-use-suggested-name'),
  },
});

/** `<payment-run-list>`: the payment runs a user can see. */
export const PaymentRunList = createComponent({
  react: React,
  tagName: 'payment-run-list',
  elementClass: PaymentRunListElement,
  displayName: 'PaymentRunList',
  events: {
    onPaymentRunSelect: event('payment-run-select'),
    onPaymentRunListChange: event('payment-run-list-change'),
    onPaymentRunError: event('payment-run-error'),
  },
});

/** The props of each component (element properties, React's HTML props, event props). */
export type PaymentRunBuilderProps = React.ComponentProps<typeof PaymentRunBuilder>;
export type PaymentRunStatusProps = React.ComponentProps<typeof PaymentRunStatus>;
export type FundingInstructionsProps = React.ComponentProps<typeof FundingInstructions>;
export type CopResultBadgeProps = React.ComponentProps<typeof CopResultBadge>;
export type PaymentRunListProps = React.ComponentProps<typeof PaymentRunList>;
