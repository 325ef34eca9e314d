import { expect } from '@open-wc/testing';
import { createPaymentRunClient, ValidationError } from '../../src/api/index.js';
import {
  ACCOUNT_ID,
  countingTokens,
  createBody,
  fakeApi,
  json,
  PAYMENT_ID,
  RUN_ID,
  runBody,
} from '../helpers/fake-api.js';

const API = 'https://proxy.test/weavr';

function setup() {
  const api = fakeApi((request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path.endsWith('/fund')) {
      return json({ count: 0, responseCount: 0, fundingInstructions: [] });
    }
    if (request.method === 'GET' && path.endsWith('/payment_runs')) {
      return json({ count: 1, responseCount: 1, paymentRuns: [runBody()] });
    }
    if (path.endsWith('/confirm')) return json(runBody({ status: 'PENDING_CHALLENGE' }));
    if (request.method === 'POST' && path.endsWith('/payment_runs')) {
      return json(runBody({ status: 'QUEUED' }));
    }
    if (request.method === 'GET') return json(runBody());
    return new Response(null, { status: 204 });
  });
  const tokens = countingTokens();
  const client = createPaymentRunClient({
    apiBase: API,
    getToken: tokens.getToken,
    fetch: api.fetch,
  });
  return { client, requests: api.requests };
}

describe('client requests', () => {
  it('sends the bearer token and never an api-key', async () => {
    const { client, requests } = setup();
    await client.getPaymentRun(RUN_ID);
    expect(requests).to.have.length(1);
    expect(requests[0].url.href).to.equal(`${API}/v1/payment_runs/${RUN_ID}`);
    expect(requests[0].headers.get('authorization')).to.equal('Bearer token-1');
    expect(requests[0].headers.has('api-key')).to.equal(false);
  });

  it('sends an idempotency-ref on every state change the API deduplicates, and none on reads or on PUT update', async () => {
    const { client, requests } = setup();
    await client.createPaymentRun(createBody());
    await client.confirmPaymentRun(RUN_ID);
    await client.cancelPaymentRun(RUN_ID);
    await client.cancelPayments(RUN_ID, [PAYMENT_ID]);
    await client.restartPaymentRun(RUN_ID);
    await client.cancelFundingGroup(RUN_ID, 'GRP-1');
    const withRef = requests.map((r) => r.headers.get('idempotency-ref'));
    expect(withRef.every((ref) => /^[0-9a-f-]{36}$/.test(ref ?? ''))).to.equal(true);
    expect(new Set(withRef).size, 'one fresh ref per intent').to.equal(6);

    requests.length = 0;
    await client.getPaymentRun(RUN_ID);
    await client.listPaymentRuns();
    await client.fundPaymentRun(RUN_ID, [ACCOUNT_ID]);
    await client.updatePayments(RUN_ID, {
      payments: [{ paymentId: PAYMENT_ID, supplier: createBody().payments[0].supplier }],
    });
    expect(requests.map((r) => r.headers.has('idempotency-ref'))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
  });

  it('uses the idempotency-ref the caller passes for its intent', async () => {
    const { client, requests } = setup();
    await client.createPaymentRun(createBody(), { idempotencyRef: 'intent-42' });
    await client.createPaymentRun(createBody(), { idempotencyRef: 'intent-42' });
    expect(requests.map((r) => r.headers.get('idempotency-ref'))).to.deep.equal([
      'intent-42',
      'intent-42',
    ]);
  });

  it('sends each operation to its path and method, with its body', async () => {
    const { client, requests } = setup();
    await client.createPaymentRun(createBody());
    await client.cancelPayments(RUN_ID, [PAYMENT_ID, PAYMENT_ID]);
    await client.cancelFundingGroup(RUN_ID, 'GRP 1/2');
    await client.restartPaymentRun(RUN_ID);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal([
      'POST /weavr/v1/payment_runs',
      `PUT /weavr/v1/payment_runs/${RUN_ID}/cancel/payments`,
      `POST /weavr/v1/payment_runs/${RUN_ID}/group/GRP%201%2F2/cancel`,
      `POST /weavr/v1/payment_runs/${RUN_ID}/restart`,
    ]);
    expect(requests[0].body).to.deep.equal(createBody());
    expect(requests[0].headers.get('content-type')).to.match(/^application\/json/);
    expect(requests[1].body, 'payment ids are unique, as the API requires').to.deep.equal({
      paymentIds: [PAYMENT_ID],
    });
  });

  it('puts list filters and paging in the query, repeating arrays', async () => {
    const { client, requests } = setup();
    const page = await client.listPaymentRuns({
      status: 'PENDING_FUNDING',
      tag: ['a', 'b'],
      reference: 'ref-1',
      minAmount: 100,
      maxAmount: 5000,
      offset: 20,
      limit: 10,
    });
    expect(page.paymentRuns[0].id).to.equal(RUN_ID);
    expect(requests[0].url.search).to.equal(
      '?status=PENDING_FUNDING&tag=a&tag=b&reference=ref-1&min_amount=100&max_amount=5000&offset=20&limit=10',
    );
    await client.fundPaymentRun(RUN_ID, [ACCOUNT_ID, 'cccccccccccccccccccccccc']);
    expect(requests[1].url.search).to.equal(
      `?linkedAccountIds=${ACCOUNT_ID}&linkedAccountIds=cccccccccccccccccccccccc`,
    );
  });

  it('refuses an invalid body before sending it, naming the fields as the API would', async () => {
    const { client, requests } = setup();
    const body = createBody();
    body.payments[0].supplier.bankAccountDetails.sortCode = '12-34-56';
    body.payments[0].supplier.name = "O'Brien & Sons";
    body.payments[0].paymentAmount.amount = 0;
    const error = await client.createPaymentRun(body).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    const fields = (error as ValidationError).invalidFields.map((f) => `${f.fieldName}:${f.error}`);
    expect(fields).to.include('payments[0].supplier.name:REGEX');
    expect(fields).to.include('payments[0].paymentAmount.amount:AT_LEAST');
    expect(fields.some((f) => f.startsWith('payments[0].supplier.bankAccountDetails'))).to.equal(
      true,
    );
    expect(requests, 'nothing was sent').to.have.length(0);
  });

  it('refuses an id that is not 24 hex characters without calling the API', async () => {
    const { client, requests } = setup();
    const error = await client.getPaymentRun('../linked_accounts').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect(requests).to.have.length(0);
  });

  it('refuses query values the API does not allow, and sends each tag and account once', async () => {
    const { client, requests } = setup();
    for (const bad of [
      client.listPaymentRuns({ limit: 500 }),
      client.listPaymentRuns({ offset: -1 }),
      client.listPaymentRuns({ minAmount: 1.5 }),
      client.fundPaymentRun(RUN_ID, []),
      client.cancelFundingGroup(RUN_ID, ''),
      client.listInstitutions({ market: ['US' as 'UK'] }),
    ]) {
      expect(await bad.catch((e: unknown) => e)).to.be.instanceOf(ValidationError);
    }
    expect(requests, 'nothing was sent').to.have.length(0);
    await client.listPaymentRuns({ tag: ['a', 'a', 'b'] });
    await client.fundPaymentRun(RUN_ID, [ACCOUNT_ID, ACCOUNT_ID]);
    expect(requests.map((r) => r.url.search)).to.deep.equal([
      '?tag=a&tag=b',
      `?linkedAccountIds=${ACCOUNT_ID}`,
    ]);
  });

  it('shares one client between equal configurations', () => {
    const getToken = () => Promise.resolve('t');
    const a = createPaymentRunClient({ apiBase: '/api', getToken });
    const b = createPaymentRunClient({ getToken, apiBase: '/api' });
    const c = createPaymentRunClient({ apiBase: '/other', getToken });
    expect(a).to.equal(b);
    expect(a).not.to.equal(c);
  });
});
