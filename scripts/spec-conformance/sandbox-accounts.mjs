/** Login, linked accounts, institutions, device enrolment and logout against the sandbox. */
import { ref } from './driver.mjs';
import { UNKNOWN_ID } from './fixtures.mjs';

const login = (user) => ({ email: user.email, password: { value: user.password } });

/** Logs both users in through the API; returns a function that does it again. */
export async function loginScenarios({ call, sandbox, tokens }) {
  const { creator, controller } = sandbox.users;
  const again = async () => {
    for (const [name, user] of [
      ['creator', creator],
      ['controller', controller],
    ]) {
      const { data } = await call('POST', '/v1/login_with_password', {
        body: login(user),
        expect: 200,
      });
      tokens[name] = data?.token;
    }
  };
  await again();
  const wrong = { email: creator.email, password: { value: 'wrong-Password1!' } };
  await call('POST', '/v1/login_with_password', { body: wrong, expect: 401 });
  await call('POST', '/v1/login_with_password', {
    body: { password: { value: 'x' } },
    expect: 400,
    invalid: true,
  });
  await call('POST', '/v1/login_with_password', {
    body: login(creator),
    apiKey: false,
    expect: 401,
    invalid: true,
  });
  return again;
}

/** Reads the seeded linked accounts; returns their ids by role in the scenarios. */
export async function linkedAccountIds({ call, tokens }) {
  const { data } = await call('GET', '/v1/linked_accounts', {
    token: tokens.controller,
    expect: 200,
  });
  const byName = (name) => data?.linkedAccounts?.find((a) => a.friendlyName === name)?.id;
  return {
    gbp: byName('Operating account'),
    payroll: byName('Payroll account'),
    expired: byName('Old account'),
    eur: byName('Euro account'),
    pendingFunding: data?.linkedAccounts?.find((a) => a.status === 'PENDING_FUNDING')?.id,
  };
}

export async function accountScenarios({ call, sandbox, tokens, accounts }) {
  const K = tokens.controller;
  const C = tokens.creator;
  const one = (id) => `/v1/linked_accounts/${id}`;
  await call('GET', '/v1/linked_accounts', { token: C, expect: 403 });
  await call('GET', one(accounts.gbp), { token: K, expect: 200 });
  await call('GET', one(accounts.eur), { token: K, expect: 200 });
  await call('GET', one(UNKNOWN_ID), { token: K, expect: 404 });
  await call('GET', one('nope'), { token: K, expect: 400, invalid: true });
  const name = { friendlyName: 'Payroll (spec check)' };
  await call('PATCH', one(accounts.payroll), { token: K, body: name, idem: ref(), expect: 200 });
  await call('PATCH', one(accounts.payroll), {
    token: K,
    body: { friendlyName: 'x'.repeat(81) },
    expect: 400,
    invalid: true,
  });
  await call('PATCH', one(UNKNOWN_ID), { token: K, body: name, expect: 404 });
  await call('POST', `${one(accounts.payroll)}/unlink`, { token: K, idem: ref(), expect: 200 });
  await call('POST', `${one(accounts.payroll)}/unlink`, {
    token: K,
    idem: ref(),
    expect: 409,
    code: 'LINKED_ACCOUNT_INVALID_STATE',
  });
  await call('PATCH', one(accounts.payroll), {
    token: K,
    body: name,
    expect: 409,
    code: 'LINKED_ACCOUNT_INVALID_STATE',
  });

  // Simulated linking, consent changes, fund verification and deletion.
  const sim = '/simulate/v1/linked_accounts';
  const details = { accountNumber: '11223344', sortCode: '200000' };
  const body = { buyerId: sandbox.buyerId, accountIdentification: details };
  const { data: created } = await call('POST', sim, { body, expect: 201 });
  await call('POST', sim, {
    body: { ...body, buyerId: '1' },
    expect: 409,
    code: 'BUYER_ID_INVALID',
  });
  await call('POST', sim, {
    body: { ...body, currency: 'EUR' },
    expect: 409,
    code: 'UNSUPPORTED_CURRENCY',
  });
  await call('POST', `${sim}/${accounts.pendingFunding}/fund`, { token: K, expect: 204 });
  await call('POST', `${sim}/${accounts.pendingFunding}/fund`, {
    token: K,
    expect: 409,
    code: 'STATE_INVALID',
  });
  const consent = (id, action) => `/simulate/v1/consents/${id}/${action}`;
  await call('POST', consent(accounts.gbp, 'extend'), { expect: 204 });
  await call('POST', consent(created?.id, 'change_status'), {
    body: { action: 'REVOKED' },
    expect: 204,
  });
  await call('POST', consent(created?.id, 'extend'), { expect: 409, code: 'CONSENT_EXPIRED' });
  await call('POST', consent(UNKNOWN_ID, 'extend'), {
    expect: 409,
    code: 'LINKED_ACCOUNT_NOT_FOUND',
  });
  await call('POST', consent(UNKNOWN_ID, 'change_status'), {
    body: { action: 'EXPIRED' },
    expect: 409,
    code: 'LINKED_ACCOUNT_NOT_FOUND',
  });
  await call('DELETE', `${sim}/${created?.id}`, { expect: 204 });
  await call('DELETE', `${sim}/${created?.id}`, { expect: 404 });
  await call('POST', `/simulate/v1/buyers/${sandbox.buyerId}/verify`, { expect: 204 });

  // Institutions (api-key only) with every filter.
  const inst = '/v1/institutions';
  await call('GET', inst, { expect: 200 });
  await call(
    'GET',
    `${inst}?country=GB&market=UK&market=EEA&institutionName=bank&institutionIds=sandbox-bank-uk&institutionIds=liffey-bank&offset=0&limit=3`,
    { expect: 200 },
  );
  await call('GET', `${inst}?limit=0`, { expect: 400, invalid: true });
  await call('GET', inst, { apiKey: 'wrong-key', expect: 401 });
}

export async function enrolAndLogout({ call, tokens }) {
  const factor = '/v1/authentication_factors/otp/SMS';
  await call('POST', factor, {
    token: tokens.controller,
    expect: 409,
    code: 'CHANNEL_ALREADY_REGISTERED',
  });
  await call('POST', factor, { token: tokens.creator, expect: 204 });
  await call('POST', `${factor}/verify`, {
    token: tokens.creator,
    body: { verificationCode: '000000' },
    expect: 409,
    code: 'VERIFICATION_CODE_INVALID',
  });
  await call('POST', `${factor}/verify`, {
    token: tokens.creator,
    body: { verificationCode: '123456' },
    expect: 204,
  });
  await call('POST', '/v1/logout', { token: tokens.creator, expect: 204 });
  await call('GET', '/v1/payment_runs', { token: tokens.creator, expect: 401 });
}
