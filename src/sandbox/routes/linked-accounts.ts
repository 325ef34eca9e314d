/** Linked accounts (CONTROLLER): list, get, rename, unlink. */
import { conflict, json } from '../http.js';
import { findLinkedAccount, setLinkedAccountStatus } from '../linked-accounts.js';
import type { RequestContext, Route } from '../router.js';
import { FieldErrors, checkPathId, checkString, isObject } from '../validate.js';
import { linkedAccountView } from '../views.js';

function list(ctx: RequestContext): Response {
  const { state } = ctx;
  // Unlinked accounts stay listed, as the unlink description says.
  const accounts = [...state.linkedAccounts.values()].filter((a) => a.buyerId === state.buyer.id);
  return json({
    linkedAccounts: accounts.map((a) => linkedAccountView(state, a)),
    count: accounts.length,
    responseCount: accounts.length,
  });
}

function accountOf(ctx: RequestContext) {
  return findLinkedAccount(
    ctx.state,
    checkPathId('linked_account_id', ctx.params.linked_account_id),
  );
}

function get(ctx: RequestContext): Response {
  return json(linkedAccountView(ctx.state, accountOf(ctx)));
}

function patch(ctx: RequestContext): Response {
  const id = checkPathId('linked_account_id', ctx.params.linked_account_id);
  const errors = new FieldErrors();
  const body = isObject(ctx.body) ? ctx.body : {};
  const friendlyName = checkString(errors, 'friendlyName', body.friendlyName, false, { max: 80 });
  errors.throwIfAny();
  const account = findLinkedAccount(ctx.state, id);
  if (account.status === 'UNLINKED') throw conflict('LINKED_ACCOUNT_INVALID_STATE');
  if (friendlyName !== undefined) account.friendlyName = friendlyName;
  return json(linkedAccountView(ctx.state, account));
}

function unlink(ctx: RequestContext): Response {
  const account = accountOf(ctx);
  if (account.status === 'UNLINKED') throw conflict('LINKED_ACCOUNT_INVALID_STATE');
  setLinkedAccountStatus(ctx.state, account, 'UNLINKED');
  return json(linkedAccountView(ctx.state, account));
}

const one = '/v1/linked_accounts/:linked_account_id';
export const linkedAccountRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/v1/linked_accounts',
    operation: 'getLinkedAccounts',
    security: 'user',
    roles: ['CONTROLLER'],
    handle: list,
  },
  {
    method: 'GET',
    path: one,
    operation: 'getLinkedAccountsId',
    security: 'user',
    roles: ['CONTROLLER'],
    handle: get,
  },
  {
    method: 'PATCH',
    path: one,
    operation: 'patchLinkedAccountsId',
    security: 'user',
    roles: ['CONTROLLER'],
    idempotent: true,
    body: true,
    handle: patch,
  },
  {
    method: 'POST',
    path: `${one}/unlink`,
    operation: 'unlinkLinkedAccountsId',
    security: 'user',
    roles: ['CONTROLLER'],
    idempotent: true,
    handle: unlink,
  },
];
