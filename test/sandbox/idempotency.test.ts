/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { gbp, validatedRun, world } from './helpers.js';

describe('sandbox: idempotency-ref', () => {
  it('replays the stored answer for the same ref and body, without a second run', async () => {
    const w = await world();
    const body = { payments: [gbp('Acme Ltd')] };
    const first = await w.creator('POST', '/v1/payment_runs', body, { 'idempotency-ref': 'ref-1' });
    const again = await w.creator('POST', '/v1/payment_runs', body, { 'idempotency-ref': 'ref-1' });
    expect(again.status).to.equal(200);
    expect(again.body.id).to.equal(first.body.id);
    expect(again.text).to.equal(first.text);
    expect((await w.creator('GET', '/v1/payment_runs')).body.count).to.equal(1);
  });

  it('treats the same ref with another body as a new request', async () => {
    const w = await world();
    const first = await w.creator(
      'POST',
      '/v1/payment_runs',
      { payments: [gbp('Acme Ltd')] },
      { 'idempotency-ref': 'ref-1' },
    );
    const other = await w.creator(
      'POST',
      '/v1/payment_runs',
      { payments: [gbp('Bolt Ltd')] },
      { 'idempotency-ref': 'ref-1' },
    );
    expect(other.status).to.equal(200);
    expect(other.body.id).not.to.equal(first.body.id);
  });

  it('answers IDEMPOTENT_REQUEST_IN_PROGRESS while the first call is in flight', async () => {
    const w = await world();
    const body = { payments: [gbp('Acme Ltd')] };
    w.sandbox.faults.add({ method: 'POST', path: '/v1/payment_runs', latencyMs: 40, times: 1 });
    const [first, second] = await Promise.all([
      w.creator('POST', '/v1/payment_runs', body, { 'idempotency-ref': 'slow' }),
      w.creator('POST', '/v1/payment_runs', body, { 'idempotency-ref': 'slow' }),
    ]);
    expect(first.status).to.equal(200);
    expect(second.status).to.equal(409);
    expect(second.body).to.deep.equal({ errorCode: 'IDEMPOTENT_REQUEST_IN_PROGRESS' });
    const later = await w.creator('POST', '/v1/payment_runs', body, { 'idempotency-ref': 'slow' });
    expect(later.body.id).to.equal(first.body.id);
  });

  it('replays a confirm and a cancel instead of answering their conflicts', async () => {
    const w = await world();
    const run = await validatedRun(w, [gbp('Acme Ltd')]);
    const headers = { 'idempotency-ref': 'confirm-1' };
    const first = await w.controller(
      'POST',
      `/v1/payment_runs/${run.id}/confirm`,
      undefined,
      headers,
    );
    const again = await w.controller(
      'POST',
      `/v1/payment_runs/${run.id}/confirm`,
      undefined,
      headers,
    );
    expect(again.status).to.equal(200);
    expect(again.body).to.deep.equal(first.body);
    const cancel = { 'idempotency-ref': 'cancel-1' };
    expect(
      (await w.creator('POST', `/v1/payment_runs/${run.id}/cancel`, undefined, cancel)).status,
    ).to.equal(204);
    expect(
      (await w.creator('POST', `/v1/payment_runs/${run.id}/cancel`, undefined, cancel)).status,
    ).to.equal(204);
    expect((await w.creator('POST', `/v1/payment_runs/${run.id}/cancel`)).body.errorCode).to.equal(
      'CANNOT_CANCEL_PAYMENT_RUN',
    );
  });

  it('does not store failures: a failed call may be retried with the same ref', async () => {
    const w = await world();
    const headers = { 'idempotency-ref': 'retry' };
    expect(
      (await w.creator('POST', '/v1/payment_runs', { payments: [] }, headers)).status,
    ).to.equal(400);
    expect(
      (await w.creator('POST', '/v1/payment_runs', { payments: [gbp('A Ltd')] }, headers)).status,
    ).to.equal(200);
  });
});
