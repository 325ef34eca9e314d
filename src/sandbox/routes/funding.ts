/**
 * GET /fund (starts funding; a GET with side effects, as the spec has it) and group cancel.
 * GET /fund before the run reaches PENDING_FUNDING has no error code in the spec; it answers an
 * empty list. Once groups exist, it answers them as they are now (for a page reload), checking
 * only that the given accounts exist.
 */
import { conflict, empty, json } from '../http.js';
import { cancelGroup, pickFundingAccount, startFunding } from '../funding.js';
import type { RequestContext, Route } from '../router.js';
import { findRun } from '../runs.js';
import { FieldErrors, checkIdList, checkPathId } from '../validate.js';
import { groupView } from '../views.js';

function fund(ctx: RequestContext): Response {
  const { state } = ctx;
  const id = checkPathId('payment_run_id', ctx.params.payment_run_id);
  const errors = new FieldErrors();
  const raw = ctx.query.getAll('linkedAccountIds').flatMap((v) => v.split(','));
  const accountIds = checkIdList(errors, 'linkedAccountIds', raw.length > 0 ? raw : undefined);
  errors.throwIfAny();
  const run = findRun(state, id);
  if (run.groups.length === 0 && run.status === 'PENDING_FUNDING') {
    const currency = run.payments[0].paymentAmount.currency;
    startFunding(state, run, pickFundingAccount(state, currency, accountIds!));
  } else if (run.groups.length > 0) {
    for (const accountId of accountIds!) {
      if (!state.linkedAccounts.has(accountId.toLowerCase())) {
        throw conflict('LINKED_ACCOUNT_NOT_FOUND');
      }
    }
  }
  const fundingInstructions = run.groups.map((group) => groupView(run, group));
  return json({
    count: fundingInstructions.length,
    responseCount: Math.min(fundingInstructions.length, 100),
    fundingInstructions: fundingInstructions.slice(0, 100),
  });
}

function cancelOneGroup(ctx: RequestContext): Response {
  const id = checkPathId('payment_run_id', ctx.params.payment_run_id);
  cancelGroup(ctx.state, findRun(ctx.state, id), ctx.params.group_reference);
  return empty(204);
}

export const fundingRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/v1/payment_runs/:payment_run_id/fund',
    operation: 'getPaymentRunsIdFund',
    security: 'user',
    roles: ['CONTROLLER'],
    exclusive: 'FUNDING_REQUEST_IN_PROGRESS',
    handle: fund,
  },
  {
    method: 'POST',
    path: '/v1/payment_runs/:payment_run_id/group/:group_reference/cancel',
    operation: 'postCancelPaymentRunGroup',
    security: 'user',
    roles: ['CONTROLLER'],
    idempotent: true,
    handle: cancelOneGroup,
  },
];
