/**
 * The `/simulate/v1/...` operations: payment-run SCA, funding a group, and linked-account
 * life (create, fund verification, consent status and extension, delete).
 * Ids of consents are linked-account ids (the spec exposes no other consent id; digest §10.13).
 */
import { CURRENCIES } from '../../api/enums.js';
import { fundGroup } from '../funding.js';
import { conflict, empty, json, notFound } from '../http.js';
import {
  createLinkedAccount,
  extendConsent,
  findLinkedAccount,
  setConsentStatus,
  setLinkedAccountStatus,
} from '../linked-accounts.js';
import { isSepa } from '../model.js';
import { userOf, type RequestContext, type Route } from '../router.js';
import { findRun } from '../runs.js';
import { issueChallenge, verifyChallenge } from '../sca.js';
import { checkBankDetails } from '../validate-payment-run.js';
import { FieldErrors, checkEnum, checkPathId, checkString, isObject } from '../validate.js';
import { linkedAccountView } from '../views.js';

function runOf(ctx: RequestContext) {
  return findRun(ctx.state, checkPathId('payment_run_id', ctx.params.payment_run_id));
}

function checkChannelParam(ctx: RequestContext): void {
  const errors = new FieldErrors();
  checkEnum(errors, 'channel', ctx.params.channel, true, ['SMS'] as const);
  errors.throwIfAny();
}

function issue(ctx: RequestContext): Response {
  checkChannelParam(ctx);
  issueChallenge(ctx.state, runOf(ctx), userOf(ctx), ctx.params.channel);
  return empty(204);
}

function verify(ctx: RequestContext): Response {
  checkChannelParam(ctx);
  const id = checkPathId('payment_run_id', ctx.params.payment_run_id);
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const code = checkString(errors, 'verificationCode', body.verificationCode, true, { min: 1 });
  errors.throwIfAny();
  verifyChallenge(ctx.state, findRun(ctx.state, id), userOf(ctx), ctx.params.channel, code!);
  return empty(204);
}

function fund(ctx: RequestContext): Response {
  fundGroup(ctx.state, runOf(ctx), ctx.params.reference);
  return empty(201);
}

function createAccount(ctx: RequestContext): Response {
  const { state } = ctx;
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const buyerId = checkString(errors, 'buyerId', body.buyerId, true, { min: 1 });
  const details = checkBankDetails(errors, 'accountIdentification', body.accountIdentification);
  const currency = checkEnum(errors, 'currency', body.currency, false, CURRENCIES);
  const institutionId = checkString(errors, 'institutionId', body.institutionId, false);
  errors.throwIfAny();
  if (buyerId !== state.buyer.id) throw conflict('BUYER_ID_INVALID');
  // The rail decides the currency unless one is given; a mismatch is one the buyer cannot use.
  const railCurrency = isSepa(details!) ? 'EUR' : 'GBP';
  if (currency !== undefined && currency !== railCurrency) throw conflict('UNSUPPORTED_CURRENCY');
  if (!state.buyer.supportedCurrencies.includes(railCurrency))
    throw conflict('UNSUPPORTED_CURRENCY');
  const controller = state.users.find((u) => u.roles.includes('CONTROLLER'))!;
  const account = createLinkedAccount(state, {
    buyerId,
    userId: controller.id,
    accountIdentification: details!,
    currency: railCurrency,
    ...(institutionId !== undefined && { institutionId }),
  });
  return json(
    { ...linkedAccountView(state, account), createdAt: state.clock.iso(account.createdAt) },
    201,
  );
}

function accountOf(ctx: RequestContext) {
  return findLinkedAccount(
    ctx.state,
    checkPathId('linked_account_id', ctx.params.linked_account_id),
  );
}

function fundAccount(ctx: RequestContext): Response {
  const account = accountOf(ctx);
  if (account.status !== 'PENDING_FUNDING') throw conflict('STATE_INVALID');
  setLinkedAccountStatus(ctx.state, account, 'LINKED');
  return empty(204);
}

/** The change_status and extend paths answer 409 LINKED_ACCOUNT_NOT_FOUND, not 404. */
function consentAccount(ctx: RequestContext, param: string) {
  const id = ctx.params[param];
  const account = ctx.state.linkedAccounts.get(id.toLowerCase());
  if (!account || account.buyerId !== ctx.state.buyer.id)
    throw conflict('LINKED_ACCOUNT_NOT_FOUND');
  return account;
}

function changeConsent(ctx: RequestContext): Response {
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const action = checkEnum(errors, 'action', body.action, true, ['REVOKED', 'EXPIRED'] as const);
  errors.throwIfAny();
  setConsentStatus(ctx.state, consentAccount(ctx, 'linked_account_id'), action!);
  return empty(204);
}

function extend(ctx: RequestContext): Response {
  const account = consentAccount(ctx, 'consent_id');
  if (account.consent.status !== 'ACTIVE') throw conflict('CONSENT_EXPIRED');
  extendConsent(ctx.state, account);
  return empty(204);
}

function deleteAccount(ctx: RequestContext): Response {
  const { state } = ctx;
  const account = accountOf(ctx);
  const inUse = [...state.runs.values()].some((run) =>
    run.groups.some(
      (g) =>
        g.linkedAccountId === account.id &&
        (g.status === 'AWAITING_FUNDS' || g.status === 'EXECUTING'),
    ),
  );
  if (inUse) throw conflict('STATE_INVALID');
  account.cancelConsentExpiry?.();
  state.linkedAccounts.delete(account.id);
  return empty(204);
}

function verifyBuyer(ctx: RequestContext): Response {
  if (ctx.params.buyer_id !== ctx.state.buyer.id)
    throw notFound('BUYER_NOT_FOUND', 'Unknown buyer');
  return empty(204);
}

const sca = '/simulate/v1/payment_run_sca/:payment_run_id/challenges/otp/:channel';
const accounts = '/simulate/v1/linked_accounts';
export const simulateRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: sca,
    operation: 'issuePaymentRunChallengeSimulate',
    security: 'user',
    handle: issue,
  },
  {
    method: 'POST',
    path: `${sca}/verify`,
    operation: 'verifyPaymentRunChallengeSimulate',
    security: 'user',
    body: true,
    handle: verify,
  },
  {
    method: 'POST',
    path: '/simulate/v1/payment_runs/:payment_run_id/fund_group/:reference',
    operation: 'postFundPaymentRunGroup',
    security: 'apiKey',
    handle: fund,
  },
  {
    method: 'POST',
    path: accounts,
    operation: 'postLinkedAccounts',
    security: 'apiKey',
    body: true,
    handle: createAccount,
  },
  {
    method: 'POST',
    path: `${accounts}/:linked_account_id/fund`,
    operation: 'postSimulateLinkedAccountFundVerification',
    security: 'user',
    handle: fundAccount,
  },
  {
    method: 'DELETE',
    path: `${accounts}/:linked_account_id`,
    operation: 'deleteLinkedAccount',
    security: 'apiKey',
    handle: deleteAccount,
  },
  {
    method: 'POST',
    path: '/simulate/v1/consents/:linked_account_id/change_status',
    operation: 'postSimulateConsentStatusChange',
    security: 'apiKey',
    body: true,
    handle: changeConsent,
  },
  {
    method: 'POST',
    path: '/simulate/v1/consents/:consent_id/extend',
    operation: 'postSimulateConsentExtension',
    security: 'apiKey',
    handle: extend,
  },
  {
    method: 'POST',
    path: '/simulate/v1/buyers/:buyer_id/verify',
    operation: 'verifyBuyerKyb',
    security: 'apiKey',
    handle: verifyBuyer,
  },
];
