/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { createSandbox } from '../../src/sandbox/index.js';
import { caller, world } from './helpers.js';

describe('sandbox: authentication and roles', () => {
  it('answers 401 without a body when the api-key is missing or wrong', async () => {
    const sandbox = createSandbox({ seed: false });
    const token = await sandbox.login('creator');
    for (const key of [undefined, 'wrong-key']) {
      const res = await sandbox.fetch('/v1/payment_runs', {
        headers: { authorization: `Bearer ${token}`, ...(key ? { 'api-key': key } : {}) },
      });
      expect(res.status).to.equal(401);
      expect(await res.text()).to.equal('');
    }
  });

  it('answers 401 without a bearer token, or with an unknown one', async () => {
    const sandbox = createSandbox({ seed: false });
    expect((await caller(sandbox)('GET', '/v1/payment_runs')).status).to.equal(401);
    expect((await caller(sandbox, 'sbx.not-a-token')('GET', '/v1/payment_runs')).status).to.equal(
      401,
    );
  });

  it('expires a token after 5 minutes idle and renews it on every use', async () => {
    const sandbox = createSandbox({ seed: false });
    const call = caller(sandbox, await sandbox.login('creator'));
    await sandbox.advance(4 * 60_000);
    expect((await call('GET', '/v1/payment_runs')).status).to.equal(200); // renewed here
    await sandbox.advance(4 * 60_000);
    expect((await call('GET', '/v1/payment_runs')).status).to.equal(200);
    await sandbox.advance(5 * 60_000);
    expect((await call('GET', '/v1/payment_runs')).status).to.equal(401);
  });

  it('logs in with the seeded credentials and logs out', async () => {
    const sandbox = createSandbox({ seed: false });
    const open = caller(sandbox);
    const { email, password, id } = sandbox.users.controller;
    const login = await open('POST', '/v1/login_with_password', {
      email,
      password: { value: password },
    });
    expect(login.status).to.equal(200);
    expect(login.body.token).to.be.a('string');
    expect(login.body.identity).to.deep.equal({ type: 'BUYER', id: sandbox.buyerId });
    expect(login.body.credentials).to.deep.equal({ type: 'USER', id });
    const call = caller(sandbox, login.body.token);
    expect((await call('POST', '/v1/logout')).status).to.equal(204);
    expect((await call('GET', '/v1/linked_accounts')).status).to.equal(401);
  });

  it('refuses a wrong password with 401 and a malformed login with 400', async () => {
    const sandbox = createSandbox({ seed: false });
    const open = caller(sandbox);
    const { email } = sandbox.users.creator;
    expect(
      (await open('POST', '/v1/login_with_password', { email, password: { value: 'nope' } }))
        .status,
    ).to.equal(401);
    const bad = await open('POST', '/v1/login_with_password', { email: 'x' });
    expect(bad.status).to.equal(400);
    expect(bad.body.syntaxErrors.invalidFields).to.deep.include({
      fieldName: 'email',
      error: 'REGEX',
      params: ['^[^\\s@]+@[^\\s@]+$'],
    });
    expect(bad.body.syntaxErrors.invalidFields).to.deep.include({
      fieldName: 'password',
      error: 'REQUIRED',
      params: [],
    });
  });

  it('serves the demo token endpoint without an api-key', async () => {
    const sandbox = createSandbox({ seed: false });
    const res = await sandbox.fetch('/sandbox/token/controller', { method: 'POST' });
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { token: string; expiresIn: number };
    expect(body.expiresIn).to.equal(300);
    expect((await caller(sandbox, body.token)('GET', '/v1/linked_accounts')).status).to.equal(200);
  });

  it('answers 403 INSUFFICIENT_PERMISSIONS for the wrong role', async () => {
    const w = await world();
    const id = '0123456789abcdef01234567';
    const cases = [
      w.controller('POST', '/v1/payment_runs', { payments: [] }),
      w.controller('PUT', `/v1/payment_runs/${id}`, { payments: [] }),
      w.creator('POST', `/v1/payment_runs/${id}/confirm`),
      w.creator('POST', `/v1/payment_runs/${id}/restart`),
      w.creator('GET', `/v1/payment_runs/${id}/fund?linkedAccountIds=${id}`),
      w.creator('POST', `/v1/payment_runs/${id}/group/FG1/cancel`),
      w.creator('GET', '/v1/linked_accounts'),
      w.creator('PATCH', `/v1/linked_accounts/${id}`, {}),
    ];
    for (const answer of await Promise.all(cases)) {
      expect(answer.status).to.equal(403);
      expect(answer.body).to.deep.equal({ errorCode: 'INSUFFICIENT_PERMISSIONS' });
    }
  });

  it('enrols a device for SMS with code 123456', async () => {
    const w = await world();
    const path = '/v1/authentication_factors/otp/SMS';
    expect((await w.controller('POST', path)).body).to.deep.equal({
      errorCode: 'CHANNEL_ALREADY_REGISTERED',
    });
    expect((await w.creator('POST', '/v1/authentication_factors/otp/EMAIL')).body).to.deep.equal({
      errorCode: 'CHANNEL_NOT_SUPPORTED',
    });
    expect((await w.creator('POST', path)).status).to.equal(204);
    const bad = await w.creator('POST', `${path}/verify`, { verificationCode: '12' });
    expect(bad.status).to.equal(400);
    expect(bad.body.syntaxErrors.invalidFields[0]).to.deep.include({
      fieldName: 'verificationCode',
      error: 'SIZE',
    });
    expect(
      (await w.creator('POST', `${path}/verify`, { verificationCode: '000000' })).body.errorCode,
    ).to.equal('VERIFICATION_CODE_INVALID');
    expect(
      (await w.creator('POST', `${path}/verify`, { verificationCode: '123456' })).status,
    ).to.equal(204);
    expect((await w.creator('POST', path)).body.errorCode).to.equal('CHANNEL_ALREADY_REGISTERED');
  });

  it('answers 404 {code, message} for an unknown path and 405 for a wrong method', async () => {
    const w = await world();
    const unknown = await w.creator('GET', '/v1/nothing');
    expect(unknown.status).to.equal(404);
    expect(unknown.body).to.have.keys('code', 'message');
    const wrong = await w.creator('DELETE', '/v1/payment_runs');
    expect(wrong.status).to.equal(405);
    expect(wrong.headers.get('allow')).to.equal('POST, GET');
  });
});
