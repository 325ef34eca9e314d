/**
 * A React 19 page (no JSX plugin: `createElement`) built by `e2e/frameworks.e2e.mjs`: the four
 * wrappers of `payment-run-elements/react`, and one element used as a plain tag, typed by the
 * generated `payment-run-elements/jsx` types.
 */
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CopResultBadge,
  FundingInstructions,
  PaymentRunBuilder,
  PaymentRunStatus,
} from '../../src/react/index.js';
import type {} from '../../src/types/jsx.js';
import { pageFixtures, READY_ID, type PageFixtures } from './fixtures.js';

const h = React.createElement;

function App({ client, runId, fundingRunId, outcome }: PageFixtures) {
  const [chosen, setChosen] = useState('');
  const [chosenByTag, setChosenByTag] = useState('');
  const [confirmRequested, setConfirmRequested] = useState('');

  // React 19 sets `outcome` as a property and listens to `cop-use-suggested-name` itself.
  const badgeTag: React.JSX.IntrinsicElements['cop-result-badge'] = {
    id: 'badge-tag',
    outcome,
    'payment-id': 'payment-2',
    'oncop-use-suggested-name': (event) => setChosenByTag(event.detail.accountName),
  };

  return h(
    'main',
    null,
    h('h1', { id: READY_ID }, 'React ', React.version),
    h(PaymentRunBuilder, { id: 'builder', client, currencies: 'GBP EUR' }),
    h(PaymentRunStatus, {
      id: 'status',
      client,
      paymentRunId: runId,
      roles: ['CONTROLLER'],
      pollInterval: 0,
      onPaymentRunConfirm: (event) => {
        event.preventDefault(); // the host takes the confirmation over
        setConfirmRequested(event.detail.paymentRun.id);
      },
    }),
    h('output', { id: 'confirm-requested' }, `confirm requested: ${confirmRequested || 'no'}`),
    h(FundingInstructions, { id: 'funding', client, paymentRunId: fundingRunId, pollInterval: 0 }),
    h(CopResultBadge, {
      id: 'badge',
      outcome,
      paymentId: 'payment-1',
      onCopUseSuggestedName: (event) => setChosen(event.detail.accountName),
    }),
    h('output', { id: 'chosen' }, `chosen: ${chosen || 'none'}`),
    h('cop-result-badge', badgeTag),
    h('output', { id: 'chosen-by-tag' }, `chosen by tag: ${chosenByTag || 'none'}`),
  );
}

/** Renders the page into `root` (the module itself has no side effects). */
export async function mount(root: HTMLElement): Promise<void> {
  const fixtures = await pageFixtures('React');
  createRoot(root).render(h(App, fixtures));
}
