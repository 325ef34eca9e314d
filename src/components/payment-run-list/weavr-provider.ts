/**
 * Weavr as a `<payment-run-list>` provider: a page of `GET /v1/payment_runs` for the view's state
 * (see `weavr-page.ts`), and each run as a row (name, status tone, counts, totals, next step).
 */
import { isKnown, TERMINAL_PAYMENT_RUN_STATUSES } from '../../api/enums.js';
import type { PaymentRunClient } from '../../api/client.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { isStale } from '../shared/run-freshness.js';
import type { ListProvider, ListRow, MoneyTotal, NeedKey, StatusTone } from './provider.types.js';
import { fullRun, readPage } from './weavr-page.js';

const TONES: Readonly<Record<string, StatusTone>> = {
  COMPLETED: 'success',
  COMPLETED_WITH_ERRORS: 'danger',
  INVALID: 'danger',
  SCA_FAILED: 'danger',
  CANCELLED: 'ended',
  PENDING_CONFIRMATION: 'attention',
  PENDING_CHALLENGE: 'attention',
  PENDING_FUNDING: 'attention',
  QUEUED: 'progress',
  EXECUTING: 'progress',
};

/** The step each status waits for, done by a CONTROLLER. */
const CONTROLLER_STEP: Readonly<Record<string, string>> = {
  PENDING_CONFIRMATION: 'confirm',
  PENDING_CHALLENGE: 'authorise',
  SCA_FAILED: 'restart',
  PENDING_FUNDING: 'fund',
};

/** What the user does next with a run in `status`; "you" when `roles` has CONTROLLER. */
export function weavrNeeds(status: string, roles: readonly string[] | undefined): NeedKey {
  const step = CONTROLLER_STEP[status];
  if (step) return `${step}.${roles?.includes('CONTROLLER') ? 'you' : 'other'}` as NeedKey;
  if (status === 'COMPLETED_WITH_ERRORS') return 'review';
  if (status === 'QUEUED' || status === 'EXECUTING') return 'wait';
  return 'none';
}

/** Payments counted and summed per currency in one pass (a page can hold 20 000 payments). */
function totalsOf(run: PaymentRun): MoneyTotal[] {
  const totals: MoneyTotal[] = [];
  for (const { paymentAmount } of run.payments) {
    let total = totals.find((t) => t.currency === paymentAmount.currency);
    if (!total) totals.push((total = { currency: paymentAmount.currency, minor: 0 }));
    total.minor += paymentAmount.amount;
  }
  return totals;
}

export function weavrRow(
  run: PaymentRun,
  roles: readonly string[] | undefined,
): ListRow<PaymentRun> {
  const name = run.description || run.paymentRunRef || run.id;
  return {
    id: run.id,
    name,
    untitled: name === run.id,
    ...(run.tag && { tag: run.tag }),
    created: run.createdAt,
    createdTime: Date.parse(run.createdAt) || 0,
    status: run.status,
    statusTone: TONES[run.status] ?? 'progress',
    count: run.payments.length,
    totals: totalsOf(run),
    needs: weavrNeeds(run.status, roles),
    live: !isKnown(TERMINAL_PAYMENT_RUN_STATUSES, run.status),
    run,
  };
}

/** The Weavr provider on the client the element has now. */
export function weavrProvider(api: () => PaymentRunClient): ListProvider<PaymentRun> {
  return {
    name: 'weavr',
    async load(state, signal) {
      const page = await readPage(api(), state, signal);
      return { total: page.count, runs: page.paymentRuns };
    },
    checked: fullRun,
    toRow: weavrRow,
    isStale,
    idOf: (run) => run.id,
  };
}
