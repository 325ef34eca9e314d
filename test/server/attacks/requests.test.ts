/**
 * The proxy attack suite: what a hostile browser or network can send to the host-side helpers.
 * Each case asserts what reached the API (nothing, or exactly what was asked) and the answer.
 */
import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAX_BODY_BYTES,
  ServerConfigurationError,
  createProxyHandler,
  toNodeHandler,
} from '../../../src/server/index.js';
import type { NodeRequest, ProxyHandlerOptions } from '../../../src/server/index.js';
import { fakeRequest, fakeResponse } from '../node-fakes.js';

const API_KEY = 'server-secret-api-key';
const UPSTREAM = 'https://api.weavr.example/payment-run';
const ID = '65a1b2c3d4e5f60718293a4b';

function setup(options: Partial<ProxyHandlerOptions> = {}) {
  const calls: { method: string; url: string; headers: Headers; body: string }[] = [];
  const handler = createProxyHandler({
    upstream: UPSTREAM,
    apiKey: API_KEY,
    basePath: '/api',
    fetch: async (request) => {
      calls.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.text(),
      });
      return Response.json({}, { status: 200 });
    },
    ...options,
  });
  const node = toNodeHandler(handler, { onlyUnder: '/api' });
  /** Sends a request through Node's adapter; resolves with the status (or `next` for others). */
  const send = async (request: NodeRequest) => {
    const res = fakeResponse();
    let passedOn: 'next' | 'error' | undefined;
    node(request, res, (error?: unknown) => {
      passedOn = error === undefined ? 'next' : 'error';
      res.end();
    });
    await res.finished;
    return { status: passedOn ?? res.statusCode, text: res.text() };
  };
  return { calls, handler, send };
}

/** A Node request whose body is `total` bytes in 64 KiB chunks, counting the chunks read. */
function streamedRequest(url: string, total: number, headers: Record<string, string> = {}) {
  const read = { chunks: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const request: NodeRequest = {
    method: 'POST',
    url,
    headers: { host: 'shop.example', 'content-type': 'application/json', ...headers },
    async *[Symbol.asyncIterator]() {
      for (let sent = 0; sent < total; sent += chunk.byteLength) {
        read.chunks++;
        await Promise.resolve();
        yield chunk.subarray(0, Math.min(chunk.byteLength, total - sent));
      }
    },
  };
  return { request, read, totalChunks: Math.ceil(total / chunk.byteLength) };
}

describe('proxy attacks: Host header and request-target form', () => {
  const hostTricks = [
    `x/api/v1/payment_runs/${ID}/confirm#`,
    `x/api/v1/payment_runs/${ID}/confirm?`,
    `x/api/v1/payment_runs/${ID}/confirm`,
    'evil.example',
    'user:pass@evil.example',
    'evil.example:99999',
    '[::1',
  ];
  for (const host of hostTricks) {
    it(`a Host of ${JSON.stringify(host)} never chooses the forwarded path`, async () => {
      const { calls, send } = setup();
      const post = await send(
        fakeRequest({ method: 'POST', url: '/api/v1/institutions', headers: { host } }),
      );
      expect(post.status).to.equal(405);
      expect(calls).to.have.length(0);
      const get = await send(fakeRequest({ url: '/api/v1/institutions?x=1', headers: { host } }));
      expect(get.status).to.equal(200);
      expect(calls.map((c) => `${c.method} ${c.url}`)).to.deep.equal([
        `GET ${UPSTREAM}/v1/institutions?x=1`,
      ]);
    });
  }

  const oddTargets = [
    `http://evil.example/api/v1/payment_runs/${ID}/confirm`,
    `https://shop.example/api/v1/payment_runs/${ID}/confirm`,
    `//evil.example/api/v1/payment_runs/${ID}/confirm`,
    '*',
    `/api/v1/payment_runs/${ID}/confirm#x`,
    `/api/v1/payment_runs/${ID}/confirm\t`,
    `/api/v1/payment_runs/${ID} /confirm`,
  ];
  for (const url of oddTargets) {
    it(`refuses the request target ${JSON.stringify(url)} with 400 or hands it on`, async () => {
      const { calls, send } = setup();
      const { status } = await send(fakeRequest({ method: 'POST', url }));
      expect(['next', 400]).to.include(status);
      expect(calls).to.have.length(0);
    });
  }

  it('forwards exactly the path and query that req.url holds, whatever the Host', async () => {
    const { calls, send } = setup();
    const targets = [
      '/api/v1/payment_runs?status=QUEUED&tag=a&tag=b',
      `/api/v1/payment_runs/${ID}`,
      `/api/v1/payment_runs/${ID}/fund?linkedAccountIds=${ID}`,
      '/api/v1/institutions?institutionName=Caf%C3%A9%20%26%20Co',
      `/api/v1/payment_runs/%252e%252e`,
    ];
    for (const url of targets) {
      expect((await send(fakeRequest({ url, headers: { host: 'a/b?c#d' } }))).status).to.equal(200);
    }
    expect(calls.map((c) => c.url)).to.deep.equal(
      targets.map((t) => `${UPSTREAM}${t.slice('/api'.length)}`),
    );
  });
});

describe('proxy attacks: path traversal and encoded separators', () => {
  const traversals = [
    `/api/v1/payment_runs/${ID}/../../linked_accounts/${ID}/unlink`,
    `/api/v1/institutions/../payment_runs/${ID}/confirm`,
    `/api/v1/payment_runs/%2e%2e/%2e%2e/linked_accounts/${ID}/unlink`,
    `/api/v1/payment_runs/%2E%2E/confirm`,
    `/api/v1/payment_runs/.%2e/confirm`,
    `/api/v1/payment_runs/${ID}/%2e%2e/confirm`,
    '/api/./v1/payment_runs',
    `/api\\..\\v1/payment_runs/${ID}/confirm`,
    `/x/../api/v1/payment_runs/${ID}/confirm`,
    `/api/v1/payment_runs/${ID}%2fconfirm`,
    `/api/v1/payment_runs/${ID}%2Fconfirm`,
    `/api/v1/payment_runs/..%2f..%2flinked_accounts/${ID}/unlink`,
    `/api/v1/payment_runs/${ID}%5cconfirm`,
    `/api/v1/payment_runs/${ID}%00/confirm`,
    `/api/v1/payment_runs/%zz/confirm`,
    `/api//v1/payment_runs/${ID}/confirm`,
    `/api/v1/payment_runs/${ID}/confirm/`,
    `/API/v1/payment_runs/${ID}/confirm`,
  ];
  for (const url of traversals) {
    it(`${url} reaches nothing upstream`, async () => {
      const { calls, send } = setup();
      const { status } = await send(fakeRequest({ method: 'POST', url }));
      expect(['next', 400, 404, 405], url).to.include(status);
      expect(calls, url).to.have.length(0);
    });
  }
});

describe('proxy attacks: methods', () => {
  const refused: [string, string, number][] = [
    ['TRACE', '/api/v1/institutions', 405],
    ['OPTIONS', '/api/v1/institutions', 405],
    ['HEAD', '/api/v1/institutions', 405],
    ['CONNECT', '/api/v1/institutions', 405],
    ['DELETE', `/api/v1/payment_runs/${ID}`, 405],
    ['PUT', `/api/v1/payment_runs/${ID}/confirm`, 405],
    ['PATCH', `/api/v1/payment_runs/${ID}`, 405],
    ['POST', `/api/v1/payment_runs/${ID}/fund`, 405],
    ['POST', `/api/simulate/v1/payment_runs/${ID}/fund_group/${ID}`, 404],
    ['POST', '/api/v1/auth/login', 404],
  ];
  for (const [method, url, expected] of refused) {
    it(`${method} ${url} gets ${expected} without an upstream call`, async () => {
      const { calls, send } = setup();
      expect((await send(fakeRequest({ method, url }))).status).to.equal(expected);
      expect(calls).to.have.length(0);
    });
  }

  it('ignores method-override headers', async () => {
    const { calls, send } = setup();
    const headers = { 'x-http-method-override': 'POST', 'x-method-override': 'DELETE' };
    await send(fakeRequest({ url: `/api/v1/payment_runs/${ID}`, headers }));
    expect(calls.map((c) => c.method)).to.deep.equal(['GET']);
    expect([...calls[0].headers.keys()].some((name) => name.includes('override'))).to.equal(false);
  });
});

describe('proxy attacks: oversize bodies', () => {
  const url = '/api/v1/payment_runs';

  it('answers 413 to a declared Content-Length over the limit, reading nothing', async () => {
    const { calls, send } = setup();
    const big = streamedRequest(url, 64 * 1024 * 1024, { 'content-length': String(64 << 20) });
    const { status } = await send(big.request);
    expect(status).to.equal(413);
    expect(calls).to.have.length(0);
    expect(big.read.chunks).to.be.below(2);
  });

  it('answers 413 to a chunked body once it passes the limit, and stops reading there', async () => {
    const { calls, send } = setup();
    const big = streamedRequest(url, 64 * 1024 * 1024, { 'transfer-encoding': 'chunked' });
    expect((await send(big.request)).status).to.equal(413);
    expect(calls).to.have.length(0);
    const limitChunks = DEFAULT_MAX_BODY_BYTES / (64 * 1024);
    expect(big.read.chunks).to.be.within(limitChunks, limitChunks + 2);
  });

  it('the handler alone refuses a declared Content-Length over the limit, reading nothing', async () => {
    const { calls, handler } = setup({ maxBodyBytes: 10 });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(4));
      },
    });
    const request = new Request('https://shop.example/api/v1/payment_runs', {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    Object.defineProperty(request, 'headers', { value: new Headers({ 'content-length': '11' }) });
    expect((await handler(request)).status).to.equal(413);
    expect(calls).to.have.length(0);
    expect(pulled).to.be.at.most(1);
  });

  it('honours a configured limit to the byte', async () => {
    const { calls, send } = setup({ maxBodyBytes: 1000 });
    const atLimit = streamedRequest(url, 1000, { 'transfer-encoding': 'chunked' });
    expect((await send(atLimit.request)).status).to.equal(200);
    const over = streamedRequest(url, 1001, { 'transfer-encoding': 'chunked' });
    expect((await send(over.request)).status).to.equal(413);
    expect(calls.map((c) => c.body.length)).to.deep.equal([1000]);
  });

  it('forwards the largest legal run (1000 payments, every field at its longest) by default', async () => {
    const { calls, handler } = setup();
    const long = (char: string, n: number) => char.repeat(n);
    const payment = {
      externalRef: long('x', 64),
      paymentRef: long('x', 64),
      paymentAmount: { currency: 'EUR', amount: Number.MAX_SAFE_INTEGER },
      reference: long('R', 18),
      supplier: {
        name: long('\u2019', 140),
        address: long('\u0001', 150),
        bankName: long('\u0001', 150),
        bankAddress: long('\u0001', 150),
        bankCountry: 'DE',
        type: 'BUSINESS',
        bankAccountDetails: { iban: `DE${long('1', 32)}`, bankIdentifierCode: long('A', 11) },
      },
    };
    const body = JSON.stringify({
      paymentRunRef: long('r', 255),
      tag: long('t', 50),
      description: long('\u20ac', 255),
      payments: Array.from({ length: 1000 }, () => payment),
    });
    const size = new TextEncoder().encode(body).byteLength;
    expect(size).to.be.above(3_000_000).and.below(DEFAULT_MAX_BODY_BYTES);
    const response = await handler(
      new Request('https://shop.example/api/v1/payment_runs', { method: 'POST', body }),
    );
    expect(response.status).to.equal(200);
    expect(calls[0].body).to.equal(body);
  });

  for (const maxBodyBytes of [Number.NaN, -1, 1.5, Infinity]) {
    it(`refuses maxBodyBytes: ${maxBodyBytes} at creation`, () => {
      expect(() => setup({ maxBodyBytes })).to.throw(ServerConfigurationError, 'maxBodyBytes');
    });
  }
  for (const timeoutMs of [Number.NaN, -5, Infinity]) {
    it(`refuses timeoutMs: ${timeoutMs} at creation`, () => {
      expect(() => setup({ timeoutMs })).to.throw(ServerConfigurationError, 'timeoutMs');
    });
  }
  for (const upstream of [
    'ftp://api.example',
    'https://api.example/x?y=1',
    'https://a.example/#x',
    'not a url',
  ]) {
    it(`refuses upstream ${upstream} at creation`, () => {
      expect(() => setup({ upstream })).to.throw(ServerConfigurationError, 'upstream');
    });
  }
});
