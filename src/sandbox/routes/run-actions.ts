/**
 * Confirm, cancel, cancel payments and restart.
 * Cancel-run's security in the spec is api-key only, yet it names the roles allowed (digest
 * §10.5); the sandbox requires the bearer token too and checks the roles.
 */
import { empty, json } from '../http.js';
import type { RequestContext, Route } from '../router.js';
import { cancelPayments, cancelRun, confirmRun, findRun, restartRun } from '../runs.js';
import { FieldErrors, checkIdList, checkPathId, isObject } from '../validate.js';
import { paymentRunView } from '../views.js';

const BOTH = ['CREATOR', 'CONTROLLER'] as const;

function runOf(ctx: RequestContext) {
  return findRun(ctx.state, checkPathId('payment_run_id', ctx.params.payment_run_id));
}

function confirm(ctx: RequestContext): Response {
  const run = runOf(ctx);
  confirmRun(ctx.state, run);
  return json(paymentRunView(run));
}

function cancel(ctx: RequestContext): Response {
  cancelRun(ctx.state, runOf(ctx));
  return empty(204);
}

function cancelSome(ctx: RequestContext): Response {
  const id = checkPathId('payment_run_id', ctx.params.payment_run_id);
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const paymentIds = checkIdList(errors, 'paymentIds', body.paymentIds);
  errors.throwIfAny();
  cancelPayments(ctx.state, findRun(ctx.state, id), paymentIds!);
  return empty(204);
}

function restart(ctx: RequestContext): Response {
  restartRun(ctx.state, runOf(ctx));
  return empty(204);
}

const base = '/v1/payment_runs/:payment_run_id';
export const runActionRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: `${base}/confirm`,
    operation: 'postPaymentRunsIdConfirm',
    security: 'user',
    roles: ['CONTROLLER'],
    idempotent: true,
    handle: confirm,
  },
  {
    method: 'POST',
    path: `${base}/cancel`,
    operation: 'postPaymentRunsIdCancel',
    security: 'user',
    roles: BOTH,
    idempotent: true,
    handle: cancel,
  },
  {
    method: 'PUT',
    path: `${base}/cancel/payments`,
    operation: 'putCancelPaymentRunPayment',
    security: 'user',
    roles: BOTH,
    idempotent: true,
    body: true,
    handle: cancelSome,
  },
  {
    method: 'POST',
    path: `${base}/restart`,
    operation: 'postRestartPaymentRun',
    security: 'user',
    roles: ['CONTROLLER'],
    idempotent: true,
    handle: restart,
  },
];
