import { expect } from '@open-wc/testing';
import {
  ConflictError,
  createPaymentRunClient,
  HttpStatusError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type PaymentRunClientOptions,
} from '../../src/api/index.js';
import {
  countingTokens,
  createBody,
  fakeApi,
  json,
  PAYMENT_ID,
  RUN_ID,
  runBody,
  type Responder,
} from '../helpers/fake-api.js';

function clientFor(respond: Responder, options: Partial<PaymentRunClientOptions> = {}) {
  const api = fakeApi(respond);
  const client = createPaymentRunClient({
    apiBase: 'https://proxy.test',
    getToken: countingTokens().getToken,
    fetch: api.fetch,
    ...options,
  });
  return { client, requests: api.requests };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (e: unknown) => e,
  );

describe('client errors', () => {
  it('maps a 400 to a ValidationError carrying invalidFields', async () => {
    const { client } = clientFor(() =>
      json(
        {
          message: 'Bad request',
          syntaxErrors: {
            invalidFields: [
              {
                fieldName: 'payments[0].reference',
                error: 'REGEX',
                params: ['^[0-9a-zA-Z.-]{1,18}$'],
              },
            ],
          },
        },
        400,
        { 'request-ref': 'req-77' },
      ),
    );
    const error = (await failure(client.createPaymentRun(createBody()))) as ValidationError;
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.kind).to.equal('validation');
    expect(error.status).to.equal(400);
    expect(error.operation).to.equal('postPaymentRun');
    expect(error.requestRef).to.equal('req-77');
    expect(error.invalidFields).to.deep.equal([
      { fieldName: 'payments[0].reference', error: 'REGEX', params: ['^[0-9a-zA-Z.-]{1,18}$'] },
    ]);
    expect(error.message).to.contain('payments[0].reference');
  });

  it('maps 403, 404 and 409 to errors carrying what the API said', async () => {
    const bodies: [number, unknown][] = [
      [403, { errorCode: 'INSUFFICIENT_PERMISSIONS' }],
      [404, { code: 'NOT_FOUND', message: 'Payment run not found' }],
      [409, { errorCode: 'PAYMENT_RUN_ALREADY_CONFIRMED', message: 'Already confirmed' }],
    ];
    const errors = [];
    for (const [status, body] of bodies) {
      const { client } = clientFor(() => json(body, status));
      errors.push(await failure(client.confirmPaymentRun(RUN_ID)));
    }
    const [forbidden, missing, conflict] = errors as [
      PermissionError,
      NotFoundError,
      ConflictError,
    ];
    expect(forbidden).to.be.instanceOf(PermissionError);
    expect(forbidden.errorCode).to.equal('INSUFFICIENT_PERMISSIONS');
    expect(missing).to.be.instanceOf(NotFoundError);
    expect(missing.apiMessage).to.equal('Payment run not found');
    expect(conflict).to.be.instanceOf(ConflictError);
    expect(conflict.errorCode).to.equal('PAYMENT_RUN_ALREADY_CONFIRMED');
    expect(conflict.status).to.equal(409);
  });

  it('maps a 409 without a body and other statuses without failing itself', async () => {
    const { client } = clientFor(() => new Response(null, { status: 409 }));
    const conflict = (await failure(client.cancelPaymentRun(RUN_ID))) as ConflictError;
    expect(conflict).to.be.instanceOf(ConflictError);
    expect(conflict.errorCode).to.equal(undefined);
    const tooLarge = clientFor(() => new Response(null, { status: 413 }));
    expect(await failure(tooLarge.client.createPaymentRun(createBody()))).to.be.instanceOf(
      HttpStatusError,
    );
  });

  it('retries a GET on 503 and succeeds', async () => {
    const { client, requests } = clientFor((_r, index) =>
      index === 0 ? new Response(null, { status: 503 }) : json(runBody()),
    );
    const run = await client.getPaymentRun(RUN_ID);
    expect(run.id).to.equal(RUN_ID);
    expect(requests).to.have.length(2);
  });

  it('never retries the PUT update, which the API cannot deduplicate', async () => {
    const { client, requests } = clientFor(() => new Response(null, { status: 503 }));
    const error = await failure(
      client.updatePayments(RUN_ID, {
        payments: [{ paymentId: PAYMENT_ID, supplier: createBody().payments[0].supplier }],
      }),
    );
    expect(error).to.be.instanceOf(ServerError);
    expect((error as ServerError).status).to.equal(503);
    expect(requests).to.have.length(1);
  });

  it('retries a create after a 503 with the same idempotency-ref', async () => {
    const { client, requests } = clientFor((_r, index) =>
      index === 0 ? new Response(null, { status: 503 }) : json(runBody({ status: 'QUEUED' })),
    );
    await client.createPaymentRun(createBody());
    expect(requests).to.have.length(2);
    expect(requests[0].headers.get('idempotency-ref')).to.equal(
      requests[1].headers.get('idempotency-ref'),
    );
  });

  it('gives up after the retry cap with a ServerError', async () => {
    const { client, requests } = clientFor(() => new Response(null, { status: 500 }), {
      retries: 2,
    });
    const error = await failure(client.getPaymentRun(RUN_ID));
    expect(error).to.be.instanceOf(ServerError);
    expect(requests).to.have.length(3);
  });

  it('waits for x-ratelimit-reset on a 429, then retries', async () => {
    const { client, requests } = clientFor((_r, index) =>
      index === 0
        ? new Response(null, {
            status: 429,
            headers: { 'x-ratelimit-reset': '1', 'x-ratelimit-limit': '20, 10;w=60' },
          })
        : json(runBody()),
    );
    const started = performance.now();
    await client.getPaymentRun(RUN_ID);
    const waited = performance.now() - started;
    expect(requests).to.have.length(2);
    expect(waited).to.be.at.least(950);
  });

  it('reports a 429 whose reset is too far away, with the reset time, without waiting', async () => {
    const { client, requests } = clientFor(
      () =>
        new Response(null, {
          status: 429,
          headers: { 'x-ratelimit-reset': '120', 'x-ratelimit-limit': '20, 10;w=60' },
        }),
      { maxRateLimitWait: 30_000 },
    );
    const error = (await failure(client.getPaymentRun(RUN_ID))) as RateLimitError;
    expect(error).to.be.instanceOf(RateLimitError);
    expect(error.limit).to.equal('20, 10;w=60');
    const inSeconds = (error.resetAt!.getTime() - Date.now()) / 1000;
    expect(inSeconds).to.be.within(110, 121);
    expect(requests).to.have.length(1);
  });

  it('reports a dropped connection as a NetworkError after retrying the GET', async () => {
    const { client, requests } = clientFor(() => Promise.reject(new TypeError('Failed to fetch')), {
      retries: 1,
    });
    const error = await failure(client.getPaymentRun(RUN_ID));
    expect(error).to.be.instanceOf(NetworkError);
    expect(requests).to.have.length(2);
  });

  it('reports a call that takes too long as a TimeoutError', async () => {
    const { client } = clientFor(
      (request) =>
        new Promise<Response>((_resolve, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)),
        ),
      { timeout: 100, retries: 0 },
    );
    expect(await failure(client.getPaymentRun(RUN_ID))).to.be.instanceOf(TimeoutError);
  });

  it('reports a body that is not JSON as an UnexpectedResponseError', async () => {
    const { client } = clientFor(() => new Response('{"id": "0123', { status: 200 }));
    const error = (await failure(client.getPaymentRun(RUN_ID))) as UnexpectedResponseError;
    expect(error).to.be.instanceOf(UnexpectedResponseError);
    expect(error.operation).to.equal('getPaymentRunsId');
  });

  it('reports a body that breaks the schema as an UnexpectedResponseError naming the field', async () => {
    const broken = runBody();
    (broken.payments[0].paymentAmount as { amount: unknown }).amount = '1234.50';
    const { client } = clientFor(() => json(broken));
    const error = (await failure(client.getPaymentRun(RUN_ID))) as UnexpectedResponseError;
    expect(error).to.be.instanceOf(UnexpectedResponseError);
    expect(error.issues.join()).to.contain('payments[0].paymentAmount.amount');
  });

  it('refuses a fractional amount: money is integer minor units', async () => {
    const broken = runBody();
    broken.payments[0].paymentAmount.amount = 1234.5;
    const { client } = clientFor(() => json(broken));
    expect(await failure(client.getPaymentRun(RUN_ID))).to.be.instanceOf(UnexpectedResponseError);
  });

  it('keeps a status it does not know, so the run stays readable', async () => {
    const run = runBody({ status: 'VERIFYING_REQUIREMENTS' });
    run.payments[0].status = 'PENDING_FUNDS';
    const { client } = clientFor(() => json(run));
    const read = await client.getPaymentRun(RUN_ID);
    expect(read.status).to.equal('VERIFYING_REQUIREMENTS');
    expect(read.payments[0].status).to.equal('PENDING_FUNDS');
  });

  it('aborts a call, including its wait between retries', async () => {
    const controller = new AbortController();
    const { client, requests } = clientFor(() => new Response(null, { status: 503 }));
    const pending = client.getPaymentRun(RUN_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await failure(pending);
    expect((error as Error).name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(250);
    expect(requests).to.have.length(1);
  });

  it('does not call the API at all with an already aborted signal', async () => {
    const { client, requests } = clientFor(() => json(runBody()));
    const error = await failure(client.getPaymentRun(RUN_ID, { signal: AbortSignal.abort() }));
    expect((error as Error).name).to.equal('AbortError');
    expect(requests).to.have.length(0);
  });
});
