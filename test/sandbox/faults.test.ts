import { expect } from '@open-wc/testing';
import { createSandbox } from '../../src/sandbox/index.js';
import { caller, world } from './helpers.js';

describe('sandbox: faults', () => {
  it('answers a rule status (429 with rate-limit headers) for the next N calls only', async () => {
    const w = await world();
    w.sandbox.faults.add({
      method: 'GET',
      path: '/v1/payment_runs',
      times: 2,
      status: 429,
      headers: { 'x-ratelimit-limit': '20, 20;w=60', 'x-ratelimit-reset': '3' },
    });
    const first = await w.creator('GET', '/v1/payment_runs');
    expect(first.status).to.equal(429);
    expect(first.headers.get('x-ratelimit-reset')).to.equal('3');
    expect((await w.creator('GET', '/v1/payment_runs')).status).to.equal(429);
    expect((await w.creator('GET', '/v1/payment_runs')).status).to.equal(200);
  });

  it('matches by method and RegExp path, until removed', async () => {
    const w = await world();
    const remove = w.sandbox.faults.add({
      method: 'get',
      path: /^\/v1\/linked_accounts/,
      status: 503,
    });
    expect((await w.controller('GET', '/v1/linked_accounts')).status).to.equal(503);
    expect(
      (await w.controller('GET', '/v1/linked_accounts/0123456789abcdef01234567')).status,
    ).to.equal(503);
    expect((await w.controller('GET', '/v1/payment_runs')).status).to.equal(200);
    remove();
    expect((await w.controller('GET', '/v1/linked_accounts')).status).to.equal(200);
    w.sandbox.faults.add({ status: 500 });
    expect((await w.controller('GET', '/v1/payment_runs')).status).to.equal(500);
    w.sandbox.faults.clear();
    expect((await w.controller('GET', '/v1/payment_runs')).status).to.equal(200);
  });

  it('drops the connection: fetch rejects with TypeError', async () => {
    const w = await world();
    w.sandbox.faults.add({ path: '/v1/payment_runs', drop: true, times: 1 });
    let error: unknown;
    try {
      await w.creator('GET', '/v1/payment_runs');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.equal('Failed to fetch');
  });

  it('breaks the body of the real answer', async () => {
    const w = await world();
    w.sandbox.faults.add({ path: '/v1/payment_runs', malformed: true, times: 1 });
    const res = await w.sandbox.fetch('/v1/payment_runs', {
      headers: {
        'api-key': w.sandbox.apiKey,
        authorization: `Bearer ${await w.sandbox.login('creator')}`,
      },
    });
    expect(res.status).to.equal(200);
    let parsed = true;
    try {
      JSON.parse(await res.text());
    } catch {
      parsed = false;
    }
    expect(parsed).to.equal(false);
  });

  it('delays answers by latencyMs and honours an abort meanwhile', async () => {
    const w = await world();
    w.sandbox.faults.add({ path: '/v1/payment_runs', latencyMs: 60 });
    const started = performance.now();
    expect((await w.creator('GET', '/v1/payment_runs')).status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(50);
    const controller = new AbortController();
    const pending = w.sandbox.fetch('/v1/payment_runs', {
      headers: { 'api-key': w.sandbox.apiKey },
      signal: controller.signal,
    });
    controller.abort();
    let name = '';
    try {
      await pending;
    } catch (e) {
      name = (e as Error).name;
    }
    expect(name).to.equal('AbortError');
  });

  it('can slow down or fail the demo token endpoint', async () => {
    const sandbox = createSandbox({ seed: false });
    sandbox.faults.add({ path: '/sandbox/token/creator', status: 500, times: 1 });
    expect((await sandbox.fetch('/sandbox/token/creator', { method: 'POST' })).status).to.equal(
      500,
    );
    expect((await sandbox.fetch('/sandbox/token/creator', { method: 'POST' })).status).to.equal(
      200,
    );
  });

  it('routes under basePath', async () => {
    const sandbox = createSandbox({ seed: false, basePath: '/api/weavr/' });
    const token = await sandbox.login('creator');
    const res = await sandbox.fetch(
      new Request('http://localhost/api/weavr/v1/payment_runs', {
        headers: { 'api-key': sandbox.apiKey, authorization: `Bearer ${token}` },
      }),
    );
    expect(res.status).to.equal(200);
    expect((await caller(sandbox, token)('GET', '/v1/payment_runs')).status).to.equal(404);
  });
});
