import { expect } from '@open-wc/testing';
import { AuthenticationError, createPaymentRunClient, TokenError } from '../../src/api/index.js';
import { countingTokens, fakeApi, json, RUN_ID, runBody } from '../helpers/fake-api.js';

const API = 'https://proxy.test';
const TOKEN_URL = 'https://host.test/session/weavr-token';

describe('client tokens', () => {
  it('makes one token request for ten concurrent calls on a cold client', async () => {
    let tokenRequests = 0;
    const api = fakeApi(async (request) => {
      if (request.url === TOKEN_URL) {
        tokenRequests++;
        expect(request.method).to.equal('POST');
        expect(request.credentials).to.equal('include');
        await new Promise((r) => setTimeout(r, 20));
        return json({ token: 'tok-A', expiresIn: 300 });
      }
      return json(runBody());
    });
    const client = createPaymentRunClient({
      apiBase: API,
      tokenEndpoint: TOKEN_URL,
      fetch: api.fetch,
    });
    await Promise.all(Array.from({ length: 10 }, () => client.getPaymentRun(RUN_ID)));
    expect(tokenRequests).to.equal(1);
    const apiCalls = api.requests.filter((r) => r.url.href !== TOKEN_URL);
    expect(apiCalls).to.have.length(10);
    expect(apiCalls.every((r) => r.headers.get('authorization') === 'Bearer tok-A')).to.equal(true);
  });

  it('renews the token before expiresIn runs out', async () => {
    const tokens = countingTokens(0.3); // 300 ms
    const api = fakeApi(() => json(runBody()));
    const client = createPaymentRunClient({
      apiBase: API,
      getToken: tokens.getToken,
      fetch: api.fetch,
    });
    await client.getPaymentRun(RUN_ID);
    await client.getPaymentRun(RUN_ID);
    expect(tokens.calls, 'reused while fresh').to.equal(1);
    await new Promise((r) => setTimeout(r, 300)); // inside the 10 % renewal margin
    await client.getPaymentRun(RUN_ID);
    expect(tokens.calls).to.equal(2);
    expect(api.requests[2].headers.get('authorization')).to.equal('Bearer token-2');
  });

  it('on a 401 renews the token once and retries the request once', async () => {
    const tokens = countingTokens();
    const api = fakeApi((_request, index) =>
      index === 0 ? new Response(null, { status: 401 }) : json(runBody()),
    );
    const client = createPaymentRunClient({
      apiBase: API,
      getToken: tokens.getToken,
      fetch: api.fetch,
    });
    const run = await client.getPaymentRun(RUN_ID);
    expect(run.id).to.equal(RUN_ID);
    expect(api.requests.map((r) => r.headers.get('authorization'))).to.deep.equal([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('keeps the same idempotency-ref when it retries a state change after a 401', async () => {
    const tokens = countingTokens();
    const api = fakeApi((_request, index) =>
      index === 0 ? new Response(null, { status: 401 }) : new Response(null, { status: 204 }),
    );
    const client = createPaymentRunClient({
      apiBase: API,
      getToken: tokens.getToken,
      fetch: api.fetch,
    });
    await client.cancelPaymentRun(RUN_ID);
    const refs = api.requests.map((r) => r.headers.get('idempotency-ref'));
    expect(refs).to.have.length(2);
    expect(refs[0]).to.equal(refs[1]);
  });

  it('fails with an AuthenticationError on a second 401 instead of looping', async () => {
    const tokens = countingTokens();
    const api = fakeApi(() => new Response(null, { status: 401 }));
    const client = createPaymentRunClient({
      apiBase: API,
      getToken: tokens.getToken,
      fetch: api.fetch,
    });
    const error = await client.getPaymentRun(RUN_ID).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).to.equal(401);
    expect(api.requests).to.have.length(2);
    expect(tokens.calls).to.equal(2);
  });

  it('reports a failing token endpoint as a TokenError and calls no API', async () => {
    const api = fakeApi((request) =>
      request.url === TOKEN_URL ? new Response('nope', { status: 403 }) : json(runBody()),
    );
    const client = createPaymentRunClient({
      apiBase: API,
      tokenEndpoint: TOKEN_URL,
      fetch: api.fetch,
    });
    const error = await client.getPaymentRun(RUN_ID).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TokenError);
    expect((error as TokenError).status).to.equal(403);
    expect(api.requests.filter((r) => r.url.href !== TOKEN_URL)).to.have.length(0);
  });

  it('reports a token endpoint answer without a token as a TokenError', async () => {
    const api = fakeApi(() => json({ expiresIn: 300 }));
    const client = createPaymentRunClient({
      apiBase: API,
      tokenEndpoint: TOKEN_URL,
      fetch: api.fetch,
    });
    const error = await client.getPaymentRun(RUN_ID).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TokenError);
  });

  it('never writes the token to storage, cookies or the URL', async () => {
    const tokens = countingTokens();
    const api = fakeApi(() => json(runBody()));
    const client = createPaymentRunClient({
      apiBase: API,
      getToken: tokens.getToken,
      fetch: api.fetch,
    });
    await client.getPaymentRun(RUN_ID);
    const everywhere = [
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
      api.requests[0].url.href,
    ].join(' ');
    expect(everywhere).not.to.contain('token-1');
  });
});
