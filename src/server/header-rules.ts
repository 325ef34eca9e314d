/**
 * Which headers cross the proxy. Both directions use allowlists: a header not named here never
 * reaches the other side (cookies, `set-cookie`, hop-by-hop headers, forwarding headers, a
 * caller's own `api-key`).
 */

/** Request headers passed from the browser to the API, besides `authorization`. */
export const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'idempotency-ref'] as const;

/** Response headers passed from the API back to the browser. */
export const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'request-ref',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-reset',
] as const;

const BEARER = /^Bearer [A-Za-z0-9\-._~+/]+=*$/i;

/** The headers to send upstream: the allowlisted ones, a bearer `authorization`, our `api-key`. */
export function upstreamRequestHeaders(incoming: Headers, apiKey: string): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  const authorization = incoming.get('authorization');
  if (authorization !== null && BEARER.test(authorization)) {
    headers.set('authorization', authorization);
  }
  headers.set('api-key', apiKey);
  return headers;
}

/** The headers to send back to the browser. API answers carry user data: never cached. */
export function downstreamResponseHeaders(upstream: Headers): Headers {
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}
