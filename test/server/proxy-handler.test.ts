import { expect } from '@open-wc/testing';
import { createProxyHandler } from '../../src/server/index.js';
import type { ProxyHandlerOptions } from '../../src/server/index.js';

const API_KEY = 'server-secret-api-key';
const RUN_ID = '65a1b2c3d4e5f60718293a4b';

/** A fake upstream `fetch` that records what reached it. */
function recordingUpstream(
  respond: (request: Request) => Response | Promise<Response> = () =>
    Response.json({ count: 0, responseCount: 0, paymentRuns: [] }),
) {
  const calls: Request[] = [];
  const fetch = async (request: Request) => {
    calls.push(request);
    return respond(request);
  };
  return { calls, fetch };
}

/**
 * Chromium silently drops forbidden headers (`cookie`, `set-cookie`) from `Request`/`Response`
 * objects made by page scripts; server runtimes keep them. A `Headers` made on its own keeps
 * them, so the tests put one in place of the object's own.
 */
function withHeaders<T extends Request | Response>(message: T, headers: HeadersInit): T {
  Object.defineProperty(message, 'headers', { value: new Headers(headers) });
  return message;
}

function proxy(
  upstream: ReturnType<typeof recordingUpstream>,
  options: Partial<ProxyHandlerOptions> = {},
) {
  return createProxyHandler({
    upstream: 'https://sandbox.weavr.example/payment-run',
    apiKey: API_KEY,
    fetch: upstream.fetch,
    basePath: '/api',
    ...options,
  });
}

function request(path: string, init: RequestInit = {}): Request {
  return new Request(`https://shop.example${path}`, init);
}

describe('createProxyHandler', () => {
  it('forwards an API call below the base path, query string included, and returns the answer', async () => {
    const upstream = recordingUpstream();
    const response = await proxy(upstream)(
      request('/api/v1/payment_runs?limit=20&tag=a&tag=b', {
        headers: { accept: 'application/json', authorization: 'Bearer tok.en-1' },
      }),
    );
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ count: 0, responseCount: 0, paymentRuns: [] });
    expect(upstream.calls).to.have.length(1);
    const [sent] = upstream.calls;
    expect(sent.method).to.equal('GET');
    expect(sent.url).to.equal(
      'https://sandbox.weavr.example/payment-run/v1/payment_runs?limit=20&tag=a&tag=b',
    );
    expect(sent.headers.get('api-key')).to.equal(API_KEY);
    expect(sent.headers.get('authorization')).to.equal('Bearer tok.en-1');
    expect(sent.headers.get('accept')).to.equal('application/json');
  });

  it('passes idempotency-ref, content-type and the body unchanged on a POST', async () => {
    const upstream = recordingUpstream(() => new Response(null, { status: 204 }));
    const body = '{"payments":[{"amount":{"currency":"GBP","amount":1250}}]}';
    const response = await proxy(upstream)(
      request(`/api/v1/payment_runs/${RUN_ID}/confirm`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'idempotency-ref': 'confirm-7f3e',
          authorization: 'Bearer abc',
        },
      }),
    );
    expect(response.status).to.equal(204);
    expect(response.body).to.equal(null);
    const [sent] = upstream.calls;
    expect(sent.method).to.equal('POST');
    expect(sent.headers.get('idempotency-ref')).to.equal('confirm-7f3e');
    expect(sent.headers.get('content-type')).to.equal('application/json');
    expect(await sent.text()).to.equal(body);
  });

  it('strips cookies and unknown headers, and never lets the caller choose the api-key', async () => {
    const upstream = recordingUpstream();
    const incoming = withHeaders(request('/api/v1/linked_accounts'), {
      cookie: 'session=abc',
      'api-key': 'caller-chosen-key',
      'x-forwarded-for': '10.0.0.1',
      'x-custom': 'secret',
      origin: 'https://shop.example',
      authorization: 'Bearer t',
    });
    await proxy(upstream)(incoming);
    const sent = [...upstream.calls[0].headers.keys()].sort();
    expect(sent).to.deep.equal(['api-key', 'authorization']);
    expect(upstream.calls[0].headers.get('api-key')).to.equal(API_KEY);
  });

  it('passes only a bearer authorization', async () => {
    const upstream = recordingUpstream();
    await proxy(upstream)(
      request('/api/v1/institutions', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }),
    );
    expect(upstream.calls[0].headers.has('authorization')).to.equal(false);
  });

  it('filters the answer headers and marks the answer uncacheable', async () => {
    const upstream = recordingUpstream(() =>
      withHeaders(new Response('{}', { status: 429 }), {
        'content-type': 'application/json',
        'request-ref': 'req-1',
        'x-ratelimit-limit': '20, 10;w=60',
        'x-ratelimit-reset': '42',
        'retry-after': '42',
        'set-cookie': 'tracking=1',
        server: 'weavr-gw',
        'x-internal-trace': 'abc',
      }),
    );
    const response = await proxy(upstream)(request('/api/v1/payment_runs'));
    expect(response.status).to.equal(429);
    expect(Object.fromEntries(response.headers)).to.deep.equal({
      'cache-control': 'no-store',
      'content-type': 'application/json',
      'request-ref': 'req-1',
      'retry-after': '42',
      'x-ratelimit-limit': '20, 10;w=60',
      'x-ratelimit-reset': '42',
    });
  });

  it('refuses paths that are not the API without calling upstream', async () => {
    const upstream = recordingUpstream();
    const handler = proxy(upstream);
    const refused = [
      '/api/v1/login_with_password',
      '/api/v1/users',
      '/api/v1/payment_runs/extra/segments/here',
      '/api/v1/payment_runs/a%2Fb',
      '/api/v1/payment_runs/%2e%2e/%2e%2e/v1/login_with_password',
      '/api/v1/payment_runs/../../v1/login_with_password',
      '/v1/payment_runs',
      '/apiv1/payment_runs',
      '/api',
    ];
    for (const path of refused) {
      const response = await handler(request(path, { method: 'POST' }));
      expect(response.status, path).to.equal(404);
      expect(await response.json(), path).to.have.property('message');
    }
    expect(upstream.calls).to.have.length(0);
  });

  it('refuses a method the path does not have, with Allow', async () => {
    const upstream = recordingUpstream();
    const handler = proxy(upstream);
    const response = await handler(request(`/api/v1/payment_runs/${RUN_ID}`, { method: 'DELETE' }));
    expect(response.status).to.equal(405);
    expect(response.headers.get('allow')).to.equal('GET, PUT');
    expect((await handler(request('/api/v1/institutions', { method: 'POST' }))).status).to.equal(
      405,
    );
    expect(upstream.calls).to.have.length(0);
  });

  it('refuses the sandbox simulator unless allowSimulate is set', async () => {
    const path = `/api/simulate/v1/payment_run_sca/${RUN_ID}/challenges/otp/SMS`;
    const closed = recordingUpstream();
    expect((await proxy(closed)(request(path, { method: 'POST' }))).status).to.equal(404);
    expect(closed.calls).to.have.length(0);

    const open = recordingUpstream(() => new Response(null, { status: 204 }));
    const response = await proxy(open, { allowSimulate: true })(request(path, { method: 'POST' }));
    expect(response.status).to.equal(204);
    expect(open.calls[0].url).to.equal(
      `https://sandbox.weavr.example/payment-run/simulate/v1/payment_run_sca/${RUN_ID}/challenges/otp/SMS`,
    );
  });

  it('works without a base path', async () => {
    const upstream = recordingUpstream();
    const handler = proxy(upstream, { basePath: undefined, upstream: 'https://api.example/' });
    expect(
      (await handler(request(`/v1/payment_runs/${RUN_ID}/fund?linked_account_id=x`))).status,
    ).to.equal(200);
    expect(upstream.calls[0].url).to.equal(
      `https://api.example/v1/payment_runs/${RUN_ID}/fund?linked_account_id=x`,
    );
  });

  it('answers 502 with a JSON message when the upstream cannot be reached', async () => {
    const upstream = recordingUpstream(() => Promise.reject(new TypeError('Failed to fetch')));
    const response = await proxy(upstream)(request('/api/v1/payment_runs'));
    expect(response.status).to.equal(502);
    expect(response.headers.get('content-type')).to.equal('application/json');
    const body = (await response.json()) as { message: string };
    expect(body.message).to.be.a('string').and.not.empty;
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const upstream = recordingUpstream(
      (sent) =>
        new Promise((_resolve, reject) => {
          sent.signal.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const response = await proxy(upstream, { timeoutMs: 20 })(request('/api/v1/payment_runs'));
    expect(response.status).to.equal(504);
    expect(await response.json()).to.have.property('message');
  });

  it('does not pass an upstream redirect on', async () => {
    const upstream = recordingUpstream(
      () =>
        new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }),
    );
    const response = await proxy(upstream)(request('/api/v1/payment_runs'));
    expect(response.status).to.equal(502);
    expect(response.headers.has('location')).to.equal(false);
  });

  it('rejects a missing api key or a base path without a leading slash', () => {
    expect(() => createProxyHandler({ upstream: 'https://api.example', apiKey: '' })).to.throw(
      TypeError,
    );
    expect(() =>
      createProxyHandler({ upstream: 'https://api.example', apiKey: 'k', basePath: 'api' }),
    ).to.throw(TypeError);
  });
});
