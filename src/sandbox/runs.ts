/**
 * The payment-run life cycle up to funding: create (QUEUED), asynchronous validation
 * (PENDING_CONFIRMATION or INVALID), supplier updates, confirm, cancel, cancel payments, restart.
 * Functions throw `ApiError`s for the API's 409s; the routes do the 400/404 checks first.
 */
import { conflict, notFound } from './http.js';
import type { PaymentRecord, RunRecord, UserRecord } from './model.js';
import { copOutcome, makesRunInvalid } from './outcomes.js';
import type { SandboxState } from './state.js';
import { moveRun, setPaymentStatus, setRunStatus } from './transitions.js';
import type { PaymentRunInput, SupplierUpdate } from './validate-payment-run.js';
import { cancelExpiry } from './sca.js';
import { checkSupplierRules } from './supplier-rules.js';
import { paymentRunView } from './views.js';

const CANCELLABLE = ['QUEUED', 'PENDING_CONFIRMATION', 'PENDING_CHALLENGE', 'PENDING_FUNDING'];

export function findRun(state: SandboxState, id: string): RunRecord {
  const run = state.runs.get(id.toLowerCase());
  if (!run || run.buyerId !== state.buyer.id) {
    throw notFound('PAYMENT_RUN_NOT_FOUND', `Payment run ${id} not found`);
  }
  return run;
}

/** A new run in QUEUED; validation runs `validationDelayMs` later on the sandbox clock. */
export function createRun(
  state: SandboxState,
  user: UserRecord,
  input: PaymentRunInput,
): RunRecord {
  const run: RunRecord = {
    id: state.ids.hex24(),
    buyerId: user.buyerId,
    createdBy: user.id,
    createdAt: state.clock.now(),
    status: 'QUEUED',
    ...(input.paymentRunRef !== undefined && { paymentRunRef: input.paymentRunRef }),
    ...(input.tag !== undefined && { tag: input.tag }),
    ...(input.description !== undefined && { description: input.description }),
    payments: input.payments.map((p) => ({ ...p, id: state.ids.hex24(), status: 'QUEUED' })),
    groups: [],
    sca: { failures: 0 },
  };
  state.runs.set(run.id, run);
  // paymentRunWatch on creation too, so a listener sees the run from its first status.
  state.webhooks.emit('paymentRunWatch', paymentRunView(run));
  state.clock.schedule(state.clock.now() + state.config.validationDelayMs, () =>
    validateRun(state, run),
  );
  return run;
}

function validateRun(state: SandboxState, run: RunRecord): void {
  if (run.status !== 'QUEUED') return; // cancelled while queued
  const invalidIndex = run.payments.findIndex(makesRunInvalid);
  if (invalidIndex >= 0) {
    // Payments have no INVALID status; their run will never pay them, so they end CANCELLED.
    moveRun(state, run, 'CANCELLED');
    setRunStatus(
      state,
      run,
      'INVALID',
      `Payment ${invalidIndex + 1} (${run.payments[invalidIndex].reference}) could not be validated`,
    );
    return;
  }
  for (const payment of run.payments) applyCop(payment);
  moveRun(state, run, 'PENDING_CONFIRMATION');
}

function applyCop(payment: PaymentRecord): void {
  const outcomes = copOutcome(payment);
  if (outcomes) payment.validationOutcomes = outcomes;
  else delete payment.validationOutcomes;
}

export function updateSuppliers(
  state: SandboxState,
  run: RunRecord,
  updates: SupplierUpdate[],
): void {
  if (run.status !== 'PENDING_CONFIRMATION') throw conflict('PAYMENT_RUN_INVALID_STATE');
  const seen = new Set<string>();
  for (const { paymentId } of updates) {
    const id = paymentId.toLowerCase();
    if (seen.has(id)) throw conflict('PAYMENT_RUN_DUPLICATE_PAYMENT_ID');
    seen.add(id);
  }
  const currency = run.payments[0].paymentAmount.currency;
  for (const { supplier } of updates) checkSupplierRules(state, supplier, currency, 'update');
  const targets = updates.map(({ paymentId }) => {
    const payment = run.payments.find((p) => p.id === paymentId.toLowerCase());
    if (!payment) throw notFound('PAYMENT_NOT_FOUND', `Payment ${paymentId} not found in the run`);
    if (payment.status !== 'PENDING_CONFIRMATION') throw conflict('PAYMENT_RUN_INVALID_STATE');
    return payment;
  });
  updates.forEach(({ supplier }, i) => {
    const payment = targets[i];
    payment.supplier = supplier;
    applyCop(payment); // the bank re-checks the payee, as it would for a new line
  });
}

export function confirmRun(state: SandboxState, run: RunRecord): void {
  if (run.status !== 'PENDING_CONFIRMATION') {
    throw conflict('PAYMENT_RUN_ALREADY_CONFIRMED', `Payment run is ${run.status}`);
  }
  run.sca = { failures: 0 };
  moveRun(state, run, 'PENDING_CHALLENGE');
}

export function cancelRun(state: SandboxState, run: RunRecord): void {
  if (!CANCELLABLE.includes(run.status)) throw conflict('CANNOT_CANCEL_PAYMENT_RUN');
  cancelExpiry(run);
  for (const group of run.groups) group.status = 'CANCELLED';
  moveRun(state, run, 'CANCELLED');
}

export function cancelPayments(state: SandboxState, run: RunRecord, paymentIds: string[]): void {
  if (run.status !== 'PENDING_CONFIRMATION') throw conflict('CANNOT_CANCEL_PAYMENT_RUN_PAYMENT');
  const payments = paymentIds.map((id) => {
    const payment = run.payments.find((p) => p.id === id.toLowerCase());
    if (!payment) throw notFound('PAYMENT_NOT_FOUND', `Payment ${id} not found in the run`);
    if (payment.status !== 'PENDING_CONFIRMATION')
      throw conflict('PAYMENT_RUN_PAYMENT_INVALID_STATE');
    return payment;
  });
  for (const payment of payments) setPaymentStatus(state, run, payment, 'CANCELLED');
  if (run.payments.every((p) => p.status === 'CANCELLED')) setRunStatus(state, run, 'CANCELLED');
}

export function restartRun(state: SandboxState, run: RunRecord): void {
  if (run.status !== 'SCA_FAILED') {
    throw conflict(
      'PAYMENT_RUN_INVALID_STATE',
      `Only an SCA_FAILED run can restart; it is ${run.status}`,
    );
  }
  run.sca = { failures: 0 };
  moveRun(state, run, 'PENDING_CHALLENGE');
}
