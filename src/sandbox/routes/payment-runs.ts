/** Create, list, get and update payment runs. */
import { PAYMENT_RUN_STATUSES } from '../../api/enums.js';
import { conflict, empty, json } from '../http.js';
import { userOf, type RequestContext, type Route } from '../router.js';
import { createRun, findRun, updateSuppliers } from '../runs.js';
import { checkSupplierRules } from '../supplier-rules.js';
import { FieldErrors, checkEnum, checkPathId } from '../validate.js';
import { parsePaymentRunCreate, parseSupplierUpdates } from '../validate-payment-run.js';
import { paymentRunView, runTotal } from '../views.js';

const BOTH = ['CREATOR', 'CONTROLLER'] as const;
const MAX_PAGE = 100;

function create(ctx: RequestContext): Response {
  const { state } = ctx;
  const input = parsePaymentRunCreate(ctx.body);
  const currency = input.payments[0].paymentAmount.currency;
  if (!state.buyer.supportedCurrencies.includes(currency)) {
    throw conflict('UNSUPPORTED_CURRENCY');
  }
  for (const payment of input.payments)
    checkSupplierRules(state, payment.supplier, currency, 'create');
  return json(paymentRunView(createRun(state, userOf(ctx), input)));
}

/** A query integer `>= min`; `undefined` when absent. */
function queryInteger(
  errors: FieldErrors,
  query: URLSearchParams,
  name: string,
  min: number,
): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) {
    errors.add(name, 'AT_LEAST', [min]);
    return undefined;
  }
  return value;
}

/**
 * Newest first. `limit` above 100 is capped (the spec: "Limit is always capped at 100"); the
 * amount filters compare the sum of all the run's lines.
 */
function list(ctx: RequestContext): Response {
  const { state, query } = ctx;
  const errors = new FieldErrors();
  const limit = queryInteger(errors, query, 'limit', 1) ?? MAX_PAGE;
  if (limit > MAX_PAGE) errors.add('limit', 'RANGE', [1, MAX_PAGE]);
  const offset = queryInteger(errors, query, 'offset', 0) ?? 0;
  const minAmount = queryInteger(errors, query, 'min_amount', 0);
  const maxAmount = queryInteger(errors, query, 'max_amount', 0);
  const status = checkEnum(errors, 'status', query.get('status'), false, PAYMENT_RUN_STATUSES);
  const tags = query.getAll('tag');
  tags.forEach((tag, i) => {
    if (tags.indexOf(tag) !== i) errors.add(`tag[${i}]`, 'NOT_IN', [tag]);
  });
  errors.throwIfAny();
  const reference = query.get('reference');
  const matching = [...state.runs.values()]
    .filter((run) => run.buyerId === state.buyer.id)
    .filter((run) => tags.length === 0 || (run.tag !== undefined && tags.includes(run.tag)))
    .filter((run) => status === undefined || run.status === status)
    .filter((run) => reference === null || run.paymentRunRef === reference)
    .filter((run) => minAmount === undefined || runTotal(run) >= minAmount)
    .filter((run) => maxAmount === undefined || runTotal(run) <= maxAmount)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const page = matching.slice(offset, offset + limit);
  return json({
    count: matching.length,
    responseCount: page.length,
    paymentRuns: page.map(paymentRunView),
  });
}

function get(ctx: RequestContext): Response {
  const id = checkPathId('payment_run_id', ctx.params.payment_run_id);
  return json(paymentRunView(findRun(ctx.state, id)));
}

function update(ctx: RequestContext): Response {
  const id = checkPathId('payment_run_id', ctx.params.payment_run_id);
  const updates = parseSupplierUpdates(ctx.body);
  updateSuppliers(ctx.state, findRun(ctx.state, id), updates);
  return empty(204);
}

export const paymentRunRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/v1/payment_runs',
    operation: 'postPaymentRun',
    security: 'user',
    roles: ['CREATOR'],
    idempotent: true,
    body: true,
    handle: create,
  },
  {
    method: 'GET',
    path: '/v1/payment_runs',
    operation: 'getPaymentRuns',
    security: 'user',
    roles: BOTH,
    handle: list,
  },
  {
    method: 'GET',
    path: '/v1/payment_runs/:payment_run_id',
    operation: 'getPaymentRunsId',
    security: 'user',
    roles: BOTH,
    handle: get,
  },
  {
    method: 'PUT',
    path: '/v1/payment_runs/:payment_run_id',
    operation: 'putPaymentRunsId',
    security: 'user',
    roles: ['CREATOR'],
    body: true,
    handle: update,
  },
];
