/**
 * Every failure of the client is a PaymentRunApiError, whatever the API, the network or the
 * caller sends; amounts JavaScript cannot hold exactly are refused both ways.
 */
import { expect } from '@open-wc/testing';
import {
  ConfigurationError,
  createPaymentRunClient,
  isPaymentRunApiError,
  MAX_AMOUNT,
  RateLimitError,
  ValidationError,
  type PaymentRunClientOptions,
} from '../../src/api/index.js';
import {
  countingTokens,
  createBody,
  fakeApi,
  json,
  RUN_ID,
  runBody,
  type Responder,
} from '../helpers/fake-api.js';
import { world } from '../sandbox/helpers.js';

function clientFor(respond: Responder, options: Partial<PaymentRunClientOptions> = {}) {
  const api = fakeApi(respond);
  const client = createPaymentRunClient({
    apiBase: 'https://proxy.test',
    getToken: countingTokens().getToken,
    fetch: api.fetch,
    retries: 0,
    ...options,
  });
  return { client, requests: api.requests };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (e: unknown) => e,
  );

const withAmount = (amount: number) =>
  runBody({
    payments: [{ ...runBody().payments[0], paymentAmount: { currency: 'GBP', amount } }],
  });

/** A body that stops half-way: the connection dropped while the answer arrived. */
const cutOff = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":"'));
        controller.error(new TypeError('network error'));
      },
    }),
    { headers: { 'content-type': 'application/json' } },
  );

describe('client failures are always PaymentRunApiErrors', () => {
  const faults: [string, Responder, string][] = [
    [
      'a 429 with an absurd x-ratelimit-reset',
      () => new Response(null, { status: 429, headers: { 'x-ratelimit-reset': '99999999999999' } }),
      'rate-limit',
    ],
    [
      'a 429 with a negative reset',
      () => new Response(null, { status: 429, headers: { 'x-ratelimit-reset': '-5' } }),
      'rate-limit',
    ],
    [
      'a 429 with a reset that is not a number',
      () => new Response(null, { status: 429, headers: { 'x-ratelimit-reset': 'soon' } }),
      'rate-limit',
    ],
    [
      'a 429 with a huge exponent',
      () => new Response(null, { status: 429, headers: { 'x-ratelimit-reset': '1e308' } }),
      'rate-limit',
    ],
    [
      'a 503 with an absurd Retry-After',
      () => new Response(null, { status: 503, headers: { 'retry-after': '99999999999999' } }),
      'server',
    ],
    ['a body cut off half-way', cutOff, 'network'],
    [
      'a body that is not JSON',
      () => new Response('<html>', { status: 200 }),
      'unexpected-response',
    ],
    ['an empty body', () => new Response('', { status: 200 }), 'unexpected-response'],
    ['JSON null', () => json(null), 'unexpected-response'],
    ['an amount of 10^20', () => json(withAmount(1e20)), 'unexpected-response'],
    ['an amount of 2^53', () => json(withAmount(2 ** 53)), 'unexpected-response'],
    ['an amount with decimals', () => json(withAmount(1.5)), 'unexpected-response'],
    ['a 400 that is not JSON', () => new Response('nope', { status: 400 }), 'validation'],
    [
      'a 409 with a malformed body',
      () => new Response('{"errorCode":', { status: 409 }),
      'conflict',
    ],
    ['a status the API never uses', () => new Response(null, { status: 418 }), 'http'],
    ['a rejected fetch', () => Promise.reject(new Error('boom')), 'network'],
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a broken fetch can do
    ['a fetch that throws a string', () => Promise.reject('boom'), 'network'],
  ];
  for (const [name, respond, kind] of faults) {
    it(`turns ${name} into a PaymentRunApiError of kind ${kind}`, async () => {
      const { client } = clientFor(respond, { maxRateLimitWait: 10 });
      const error = await failure(client.getPaymentRun(RUN_ID));
      expect(isPaymentRunApiError(error), String(error)).to.equal(true);
      expect((error as { kind: string }).kind).to.equal(kind);
    });
  }

  it('reports an absurd x-ratelimit-reset as a RateLimitError without a reset time', async () => {
    const { client } = clientFor(
      () => new Response(null, { status: 429, headers: { 'x-ratelimit-reset': '99999999999999' } }),
    );
    const error = await failure(client.getPaymentRun(RUN_ID));
    expect(error).to.be.instanceOf(RateLimitError);
    expect((error as RateLimitError).resetAt).to.equal(undefined);
    expect(new RateLimitError(new Date(Number.NaN), undefined).resetAt).to.equal(undefined);
  });

  it('refuses a group reference encodeURIComponent cannot encode, before sending', async () => {
    const { client, requests } = clientFor(() => json({}));
    const error = await failure(client.cancelFundingGroup(RUN_ID, 'group-\uD800'));
    expect(error).to.be.instanceOf(ValidationError);
    expect(requests).to.have.length(0);
  });

  it('reports a client without a token source as a ConfigurationError', () => {
    expect(() => createPaymentRunClient({ apiBase: '/api' })).to.throw(ConfigurationError);
  });
});

describe('amounts JavaScript cannot hold exactly', () => {
  for (const amount of [MAX_AMOUNT + 1, 2 ** 60, 1e20, 2 ** 63]) {
    it(`refuses to send an amount of ${amount} (RANGE), before calling the API`, async () => {
      const { client, requests } = clientFor(() => json(runBody()));
      const body = createBody();
      body.payments[0].paymentAmount.amount = amount;
      const error = (await failure(client.createPaymentRun(body))) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.invalidFields).to.deep.equal([
        {
          fieldName: 'payments[0].paymentAmount.amount',
          error: 'RANGE',
          params: ['1', String(MAX_AMOUNT)],
        },
      ]);
      expect(requests).to.have.length(0);
    });
  }

  it('sends the largest exact amount, and reads it back exactly', async () => {
    const { client, requests } = clientFor(() => json(withAmount(MAX_AMOUNT), 200));
    const body = createBody();
    body.payments[0].paymentAmount.amount = MAX_AMOUNT;
    const run = await client.createPaymentRun(body);
    expect(run.payments[0].paymentAmount.amount).to.equal(MAX_AMOUNT);
    expect(requests).to.have.length(1);
  });

  it('the sandbox answers 400 RANGE with the same bounds, and takes the largest exact amount', async () => {
    const { creator } = await world();
    const post = (amount: number) =>
      creator(
        'POST',
        '/v1/payment_runs',
        JSON.stringify(createBody()).replace('"amount":123450', `"amount":${amount}`),
      );
    const tooLarge = await post(1e20);
    expect(tooLarge.status).to.equal(400);
    const body = tooLarge.body as { syntaxErrors: { invalidFields: unknown[] } };
    expect(body.syntaxErrors.invalidFields).to.deep.equal([
      {
        fieldName: 'payments[0].paymentAmount.amount',
        error: 'RANGE',
        params: ['1', String(MAX_AMOUNT)],
      },
    ]);
    expect((await post(MAX_AMOUNT)).status).to.equal(200);
  });
});
