/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment,
   @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   contract tests read the API's answers as untyped JSON and assert on their shape */
import { expect } from '@open-wc/testing';
import { authorisedRun, expectStatus, gbp, linkedAccount, world, type World } from './helpers.js';

type Group = {
  reference: string;
  status: string;
  totalAmount: { amount: number };
  payments: { id: string; status: string }[];
};

async function fund(w: World, id: string, account: string): Promise<Group[]> {
  const res = await expectStatus(
    w.controller('GET', `/v1/payment_runs/${id}/fund?linkedAccountIds=${account}`),
    200,
  );
  return res.body.fundingInstructions as Group[];
}

describe('sandbox: funding', () => {
  it('splits a run greedily into groups no larger than the limit; a line above it gets its own', async () => {
    const w = await world({ fundingGroupLimit: 100_000 });
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [
      gbp('A Ltd', 60_000),
      gbp('B Ltd', 40_000),
      gbp('C Ltd', 30_000),
      gbp('D Ltd', 150_000),
      gbp('E Ltd', 20_000),
    ]);
    const groups = await fund(w, id, account);
    expect(groups.map((g) => g.totalAmount.amount)).to.deep.equal([
      100_000, 30_000, 150_000, 20_000,
    ]);
    expect(groups.map((g) => g.payments.length)).to.deep.equal([2, 1, 1, 1]);
    expect(new Set(groups.map((g) => g.reference)).size).to.equal(4);
    expect(groups.every((g) => g.status === 'AWAITING_FUNDS')).to.equal(true);
    const run = (await w.creator('GET', `/v1/payment_runs/${id}`)).body;
    expect(run.status).to.equal('PENDING_FUNDING');
    expect(run.payments.every((p: { status: string }) => p.status === 'AWAITING_FUNDS')).to.equal(
      true,
    );
    // Calling /fund again answers the same groups rather than new ones.
    expect((await fund(w, id, account)).map((g) => g.reference)).to.deep.equal(
      groups.map((g) => g.reference),
    );
  });

  it('completes only when every group not cancelled has executed', async () => {
    const w = await world({ fundingGroupLimit: 100_000 });
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [
      gbp('A Ltd', 90_000),
      gbp('B Ltd', 90_000),
      gbp('C Ltd', 90_000),
    ]);
    const [g1, g2, g3] = await fund(w, id, account);
    await expectStatus(
      w.controller('POST', `/simulate/v1/payment_runs/${id}/fund_group/${g1.reference}`),
      201,
    );
    await w.sandbox.advance(3000);
    expect((await w.creator('GET', `/v1/payment_runs/${id}`)).body.status).to.equal('EXECUTING');
    // Group cancel: only from AWAITING_FUNDS.
    const done = await w.controller('POST', `/v1/payment_runs/${id}/group/${g1.reference}/cancel`);
    expect(done.body).to.deep.equal({ errorCode: 'PAYMENT_RUN_GROUP_INVALID_STATE' });
    const unknown = await w.controller('POST', `/v1/payment_runs/${id}/group/NOPE/cancel`);
    expect(unknown.body).to.deep.equal({ errorCode: 'REFERENCE_INVALID' });
    await expectStatus(
      w.controller('POST', `/v1/payment_runs/${id}/group/${g2.reference}/cancel`),
      204,
    );
    expect((await w.creator('GET', `/v1/payment_runs/${id}`)).body.status).to.equal('EXECUTING');
    await w.controller('POST', `/simulate/v1/payment_runs/${id}/fund_group/${g3.reference}`);
    await w.sandbox.advance(3000);
    const run = (await w.creator('GET', `/v1/payment_runs/${id}`)).body;
    expect(run.status).to.equal('COMPLETED');
    expect(run.payments.map((p: { status: string }) => p.status)).to.deep.equal([
      'COMPLETED',
      'CANCELLED',
      'COMPLETED',
    ]);
    expect((await fund(w, id, account)).map((g) => g.status)).to.deep.equal([
      'COMPLETED',
      'CANCELLED',
      'COMPLETED',
    ]);
  });

  it('cancels the run when every group is cancelled', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [gbp('A Ltd')]);
    const [group] = await fund(w, id, account);
    await expectStatus(
      w.controller('POST', `/v1/payment_runs/${id}/group/${group.reference}/cancel`),
      204,
    );
    expect((await w.creator('GET', `/v1/payment_runs/${id}`)).body.status).to.equal('CANCELLED');
  });

  it('checks the linked accounts: found, usable, matching currency, one per currency', async () => {
    const w = await world();
    const id = await authorisedRun(w, [gbp('A Ltd')]);
    const gbpAccount = await linkedAccount(w);
    const eurAccount = await linkedAccount(w, 'EUR');
    const code = async (ids: string) =>
      (await w.controller('GET', `/v1/payment_runs/${id}/fund?linkedAccountIds=${ids}`)).body;
    expect(await code('0123456789abcdef01234567')).to.deep.equal({
      errorCode: 'LINKED_ACCOUNT_NOT_FOUND',
    });
    expect(await code(eurAccount)).to.deep.equal({ errorCode: 'LINKED_ACCOUNT_INVALID_STATE' });
    const second = await w.controller('POST', '/simulate/v1/linked_accounts', {
      buyerId: w.sandbox.buyerId,
      accountIdentification: { accountNumber: '11112222', sortCode: '333444' },
    });
    expect(await code(`${gbpAccount}&linkedAccountIds=${second.body.id}`)).to.deep.equal({
      errorCode: 'TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY',
    });
    await expectStatus(
      w.controller('POST', `/simulate/v1/consents/${gbpAccount}/change_status`, {
        action: 'EXPIRED',
      }),
      204,
    );
    expect(await code(gbpAccount)).to.deep.equal({ errorCode: 'LINKED_ACCOUNT_INVALID_STATE' });
    const missing = await w.controller('GET', `/v1/payment_runs/${id}/fund`);
    expect(missing.status).to.equal(400);
    expect(missing.body.syntaxErrors.invalidFields).to.deep.equal([
      { fieldName: 'linkedAccountIds', error: 'REQUIRED', params: [] },
    ]);
    // A run and an EUR account together are fine when the GBP one is usable.
    expect(
      (await code(`${second.body.id}&linkedAccountIds=${eurAccount}`)).fundingInstructions,
    ).to.have.length(1);
  });

  it('answers an empty list before the run is PENDING_FUNDING', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    const created = await w.creator('POST', '/v1/payment_runs', { payments: [gbp('A Ltd')] });
    const res = await w.controller(
      'GET',
      `/v1/payment_runs/${created.body.id}/fund?linkedAccountIds=${account}`,
    );
    expect(res.body).to.deep.equal({ count: 0, responseCount: 0, fundingInstructions: [] });
  });

  it('answers FUNDING_REQUEST_IN_PROGRESS to a second /fund while the first is in flight', async () => {
    const w = await world();
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [gbp('A Ltd')]);
    const path = `/v1/payment_runs/${id}/fund?linkedAccountIds=${account}`;
    w.sandbox.faults.add({ path: `/v1/payment_runs/${id}/fund`, latencyMs: 50, times: 1 });
    const [first, second] = await Promise.all([
      w.controller('GET', path),
      w.controller('GET', path),
    ]);
    expect(first.status).to.equal(200);
    expect(second.body).to.deep.equal({ errorCode: 'FUNDING_REQUEST_IN_PROGRESS' });
  });

  it('sends paymentRunGroupNotFunded once a group waits a day for funds', async () => {
    const w = await world({ tokenLifetimeMs: 48 * 60 * 60_000 });
    const account = await linkedAccount(w);
    const id = await authorisedRun(w, [gbp('A Ltd')]);
    const [group] = await fund(w, id, account);
    await w.sandbox.advance(24 * 60 * 60_000);
    const events = w.webhooks.filter((e) => e.type === 'paymentRunGroupNotFunded');
    expect(events).to.have.length(1);
    const payload = JSON.parse(events[0].body).payload;
    expect(payload).to.include({
      paymentRunId: id,
      reference: group.reference,
      status: 'AWAITING_FUNDS',
    });
  });
});
