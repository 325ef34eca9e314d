/**
 * Where a run stands with respect to funding, and its groups' progress. Pure functions over the
 * API's types. (Whether a pushed run is older than the one shown is `shared/run-freshness.ts`.)
 */
import type { FundingInstruction } from '../../api/schemas/funding.js';
import { isKnown, TERMINAL_PAYMENT_RUN_STATUSES } from '../../api/enums.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';

/**
 * - `waiting`: not ready to fund yet (validation, confirmation or authorisation to come);
 * - `choose`: PENDING_FUNDING and no group yet: pick accounts and start funding;
 * - `funding`: groups exist: pay, cancel and watch them;
 * - `closed`: the run can no longer be funded (INVALID, or CANCELLED before funding).
 */
export type FundingStage = 'waiting' | 'choose' | 'funding' | 'closed';

const BEFORE_FUNDING = ['QUEUED', 'PENDING_CONFIRMATION', 'PENDING_CHALLENGE', 'SCA_FAILED'];
const FUNDED = ['EXECUTING', 'COMPLETED', 'COMPLETED_WITH_ERRORS'];
const FINAL_GROUP = ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'CANCELLED'];

/** Payments that left PENDING_FUNDING: groups were made (the run's own status does not say). */
const IN_GROUP = ['AWAITING_FUNDS', 'EXECUTING', 'COMPLETED', 'FAILED', 'RETURNED'];

export function fundingStage(run: PaymentRun, groups: readonly FundingInstruction[]): FundingStage {
  if (BEFORE_FUNDING.includes(run.status)) return 'waiting';
  if (groups.length > 0 || fundingStarted(run)) return 'funding';
  if (run.status === 'PENDING_FUNDING') return 'choose';
  return 'closed';
}

/** True once `/fund` has made the run's groups. */
export function fundingStarted(run: PaymentRun): boolean {
  if (FUNDED.includes(run.status)) return true;
  return run.status === 'PENDING_FUNDING' && run.payments.some((p) => IN_GROUP.includes(p.status));
}

export const isTerminalRun = (run: PaymentRun) =>
  isKnown(TERMINAL_PAYMENT_RUN_STATUSES, run.status);

/** A group that can still be paid: it has not received funds and is not cancelled. */
export const needsFunds = (group: FundingInstruction) =>
  group.status === 'PENDING_FUNDING' || group.status === 'AWAITING_FUNDS';

export const canCancel = (group: FundingInstruction) => group.status === 'AWAITING_FUNDS';

export const isFinalGroup = (group: FundingInstruction) => FINAL_GROUP.includes(group.status);

/** The currencies the run pays, in order of first use, leaving cancelled payments out. */
export function runCurrencies(run: PaymentRun): string[] {
  const live = run.payments.filter((p) => p.status !== 'CANCELLED');
  return [...new Set((live.length ? live : run.payments).map((p) => p.paymentAmount.currency))];
}

/** Amount to fund per currency (cancelled payments left out). */
export function runTotals(run: PaymentRun): { currency: string; amount: number }[] {
  const live = run.payments.filter((p) => p.status !== 'CANCELLED');
  return runCurrencies(run).map((currency) => ({
    currency,
    amount: live
      .filter((p) => p.paymentAmount.currency === currency)
      .reduce((sum, p) => sum + p.paymentAmount.amount, 0),
  }));
}

export interface FundingProgress {
  /** Groups that count (cancelled ones do not). */
  count: number;
  /** Of those, groups whose funds arrived. */
  funded: number;
  /** Per currency: total of the counted groups and the funded part. */
  amounts: { currency: string; total: number; funded: number }[];
}

export function fundingProgress(groups: readonly FundingInstruction[]): FundingProgress {
  const live = groups.filter((g) => g.status !== 'CANCELLED');
  const currencies = [...new Set(live.map((g) => g.totalAmount.currency))];
  const isFunded = (g: FundingInstruction) => FUNDED.includes(g.status);
  return {
    count: live.length,
    funded: live.filter(isFunded).length,
    amounts: currencies.map((currency) => {
      const inCurrency = live.filter((g) => g.totalAmount.currency === currency);
      const sum = (list: FundingInstruction[]) =>
        list.reduce((total, g) => total + g.totalAmount.amount, 0);
      return { currency, total: sum(inCurrency), funded: sum(inCurrency.filter(isFunded)) };
    }),
  };
}

/** Steps before funding and how far the run has come (index of the current step). */
export const STEPS = ['validated', 'confirmed', 'authorised', 'funded'] as const;
export function currentStep(run: PaymentRun): number {
  switch (run.status) {
    case 'QUEUED':
      return 0;
    case 'PENDING_CONFIRMATION':
      return 1;
    case 'PENDING_CHALLENGE':
    case 'SCA_FAILED':
      return 2;
    default:
      return 3;
  }
}

/**
 * What was paid per currency once nothing is left to pay: the funded groups, or (groups unknown)
 * the run's totals once it completed; `undefined` while something is still to fund.
 */
export function paidTotals(
  run: PaymentRun | undefined,
  groups: readonly FundingInstruction[],
): { currency: string; amount: number }[] | undefined {
  if (!run) return undefined;
  if (!groups.length) {
    return run.status === 'COMPLETED' || run.status === 'COMPLETED_WITH_ERRORS'
      ? runTotals(run)
      : undefined;
  }
  if (groups.some(needsFunds)) return undefined;
  const { amounts } = fundingProgress(groups);
  // Every group cancelled: nothing was paid, in the currencies of the groups.
  const currencies = [...new Set(groups.map((g) => g.totalAmount.currency))];
  return currencies.map((currency) => ({
    currency,
    amount: amounts.find((a) => a.currency === currency)?.funded ?? 0,
  }));
}
