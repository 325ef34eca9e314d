/**
 * Funding: GET /fund splits the run into funding groups (the bank's per-payment-initiation limit)
 * and puts them straight to AWAITING_FUNDS, because calling it is what starts the funding (the
 * sandbox has no separate "open-banking payment initiated" step). A funded group executes, and the
 * run ends when every group that was not cancelled has ended.
 */
import type { Currency } from '../api/enums.js';
import { GROUP_NOT_FUNDED_AFTER_MS } from './config.js';
import { conflict, conflictWithoutCode, notFound } from './http.js';
import type { GroupRecord, LinkedAccountRecord, PaymentRecord, RunRecord } from './model.js';
import { executionOutcome } from './outcomes.js';
import type { SandboxState } from './state.js';
import { setPaymentStatus, setRunStatus } from './transitions.js';
import { groupView } from './views.js';

const FINAL_GROUP = ['COMPLETED', 'COMPLETED_WITH_ERRORS'];

/**
 * Greedy split in line order: a line joins the current group unless that would take the group
 * over `limit`; a single line above the limit gets a group of its own.
 */
export function splitIntoGroups(payments: PaymentRecord[], limit: number): PaymentRecord[][] {
  const groups: PaymentRecord[][] = [];
  let current: PaymentRecord[] = [];
  let total = 0;
  for (const payment of payments) {
    const amount = payment.paymentAmount.amount;
    if (current.length > 0 && total + amount > limit) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(payment);
    total += amount;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The one linked account per currency GET /fund was given, checked as the API does. */
export function pickFundingAccount(
  state: SandboxState,
  currency: Currency,
  ids: string[],
): LinkedAccountRecord {
  const accounts = ids.map((id) => {
    const account = state.linkedAccounts.get(id.toLowerCase());
    if (!account || account.buyerId !== state.buyer.id) throw conflict('LINKED_ACCOUNT_NOT_FOUND');
    return account;
  });
  const currencies = accounts.map((a) => a.currency);
  if (new Set(currencies).size !== currencies.length) {
    throw conflict('TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY');
  }
  for (const account of accounts) {
    if (account.status !== 'LINKED' || account.consent.status !== 'ACTIVE') {
      throw conflict('LINKED_ACCOUNT_INVALID_STATE');
    }
  }
  const match = accounts.find((a) => a.currency === currency);
  if (!match) throw conflict('LINKED_ACCOUNT_INVALID_STATE');
  return match;
}

/** Create the groups of a PENDING_FUNDING run (once) and put them to AWAITING_FUNDS. */
export function startFunding(
  state: SandboxState,
  run: RunRecord,
  account: LinkedAccountRecord,
): void {
  const live = run.payments.filter((p) => p.status !== 'CANCELLED');
  for (const payments of splitIntoGroups(live, state.config.fundingGroupLimit)) {
    const group: GroupRecord = {
      reference: state.ids.opaque('FG'),
      status: 'AWAITING_FUNDS',
      totalAmount: {
        currency: account.currency,
        amount: payments.reduce((sum, p) => sum + p.paymentAmount.amount, 0),
      },
      paymentIds: payments.map((p) => p.id),
      linkedAccountId: account.id,
    };
    run.groups.push(group);
    for (const payment of payments) setPaymentStatus(state, run, payment, 'AWAITING_FUNDS');
    state.clock.schedule(state.clock.now() + GROUP_NOT_FUNDED_AFTER_MS, () => {
      if (group.status !== 'AWAITING_FUNDS') return;
      state.webhooks.emit('paymentRunGroupNotFunded', {
        paymentRunId: run.id,
        ...groupView(run, group),
      });
    });
  }
}

export function findGroup(run: RunRecord, reference: string): GroupRecord | undefined {
  return run.groups.find((g) => g.reference === reference);
}

function groupPayments(run: RunRecord, group: GroupRecord): PaymentRecord[] {
  return run.payments.filter((p) => group.paymentIds.includes(p.id));
}

/** Funds arrive for a group (sandbox: fund_group): it executes, then its payments end. */
export function fundGroup(state: SandboxState, run: RunRecord, reference: string): void {
  const group = findGroup(run, reference);
  if (!group) throw notFound('REFERENCE_NOT_FOUND', `No funding group ${reference} in the run`);
  if (group.status === 'EXECUTING' || FINAL_GROUP.includes(group.status)) return; // already funded
  if (group.status !== 'AWAITING_FUNDS' && group.status !== 'PENDING_FUNDING') {
    // No spec code fits; errorCode is optional in this 409, so only a message is given.
    throw conflictWithoutCode(`Funding group ${reference} is ${group.status}`);
  }
  group.status = 'EXECUTING';
  group.fundingDate = state.clock.now();
  for (const payment of groupPayments(run, group))
    setPaymentStatus(state, run, payment, 'EXECUTING');
  settleRun(state, run);
  state.clock.schedule(state.clock.now() + state.config.executionDelayMs, () =>
    executeGroup(state, run, group),
  );
}

function executeGroup(state: SandboxState, run: RunRecord, group: GroupRecord): void {
  if (group.status !== 'EXECUTING') return;
  let errors = false;
  for (const payment of groupPayments(run, group)) {
    const outcome = executionOutcome(payment);
    errors ||= outcome !== 'COMPLETED';
    setPaymentStatus(state, run, payment, outcome);
  }
  group.status = errors ? 'COMPLETED_WITH_ERRORS' : 'COMPLETED';
  settleRun(state, run);
}

export function cancelGroup(state: SandboxState, run: RunRecord, reference: string): void {
  const group = findGroup(run, reference);
  if (!group) throw conflict('REFERENCE_INVALID');
  if (group.status !== 'AWAITING_FUNDS') throw conflict('PAYMENT_RUN_GROUP_INVALID_STATE');
  group.status = 'CANCELLED';
  for (const payment of groupPayments(run, group))
    setPaymentStatus(state, run, payment, 'CANCELLED');
  settleRun(state, run);
}

/** The run's status as its groups make it. */
function settleRun(state: SandboxState, run: RunRecord): void {
  const active = run.groups.filter((g) => g.status !== 'CANCELLED');
  if (active.length === 0) {
    if (run.groups.length > 0) setRunStatus(state, run, 'CANCELLED');
    return;
  }
  if (active.every((g) => FINAL_GROUP.includes(g.status))) {
    const clean = active.every((g) => g.status === 'COMPLETED');
    setRunStatus(state, run, clean ? 'COMPLETED' : 'COMPLETED_WITH_ERRORS');
  } else if (active.some((g) => g.status === 'EXECUTING' || FINAL_GROUP.includes(g.status))) {
    setRunStatus(state, run, 'EXECUTING');
  }
}
