/**
 * Status changes of runs and payments. Every change goes through here so that each one emits
 * its webhook (`paymentRunPaymentWatch` per payment, then `paymentRunWatch` with the full run).
 */
import type { PaymentRunStatus, PaymentStatus } from '../api/enums.js';
import type { PaymentRecord, RunRecord } from './model.js';
import type { SandboxState } from './state.js';
import { paymentRunView, paymentView } from './views.js';

export function setPaymentStatus(
  state: SandboxState,
  run: RunRecord,
  payment: PaymentRecord,
  status: PaymentStatus,
): void {
  if (payment.status === status) return;
  payment.status = status;
  state.webhooks.emit('paymentRunPaymentWatch', { paymentRunId: run.id, ...paymentView(payment) });
}

/** Move every line that is still live (not CANCELLED) to `status`. */
export function setLivePaymentsStatus(
  state: SandboxState,
  run: RunRecord,
  status: PaymentStatus,
): void {
  for (const payment of run.payments) {
    if (payment.status !== 'CANCELLED') setPaymentStatus(state, run, payment, status);
  }
}

export function setRunStatus(
  state: SandboxState,
  run: RunRecord,
  status: PaymentRunStatus,
  statusReason?: string,
): void {
  if (run.status === status && run.statusReason === statusReason) return;
  run.status = status;
  if (statusReason === undefined) delete run.statusReason;
  else run.statusReason = statusReason;
  state.webhooks.emit('paymentRunWatch', paymentRunView(run));
}

/** Move the run and its live lines together (the statuses they share up to PENDING_FUNDING). */
export function moveRun(
  state: SandboxState,
  run: RunRecord,
  status: PaymentRunStatus & PaymentStatus,
  statusReason?: string,
): void {
  setLivePaymentsStatus(state, run, status);
  setRunStatus(state, run, status, statusReason);
}
