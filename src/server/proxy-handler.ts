import { apiMethodsFor } from './api-routes.js';
import { downstreamResponseHeaders, upstreamRequestHeaders } from './header-rules.js';

/** A web-standard request handler: what Deno, Bun, Cloudflare Workers and most routers take. */
export type RequestHandler = (request: Request) => Promise<Response>;

/** Options of {@link createProxyHandler}. */
export interface ProxyHandlerOptions {
  /** Base URL of the Weavr API, e.g. `https://sandbox.weavr.io/payment-run`. */
  upstream: string;
  /** The embedder's Weavr API key. Added to every forwarded request; never sent to the browser. */
  apiKey: string;
  /** The `fetch` used to reach the API (default: the global one). The sandbox's `fetch` fits. */
  fetch?: (request: Request) => Promise<Response>;
  /** Mount prefix stripped from the incoming path, e.g. `/api` (default: none). */
  basePath?: string;
  /** Forward the sandbox-only `/simulate/v1/...` operations (default: false). */
  allowSimulate?: boolean;
  /** Abort the upstream call after this many milliseconds and answer 504; 0 turns it off. */
  timeoutMs?: number;
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function jsonError(status: number, message: string, headers: HeadersInit = {}): Response {
  const all = new Headers(headers);
  all.set('content-type', 'application/json');
  all.set('cache-control', 'no-store');
  return new Response(JSON.stringify({ message }), { status, headers: all });
}

function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  if (trimmed !== '' && !trimmed.startsWith('/')) {
    throw new TypeError(`basePath must start with "/": ${basePath}`);
  }
  return trimmed;
}

/** The API path below `basePath`, or `undefined` when the request is outside it. */
function apiPathOf(pathname: string, basePath: string): string | undefined {
  if (basePath === '') return pathname;
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  return pathname.slice(basePath.length);
}

function upstreamSignal(request: Request, timeoutMs: number): AbortSignal {
  return timeoutMs > 0
    ? AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)])
    : request.signal;
}

/**
 * Creates the proxy between the elements and the Weavr API. It forwards only the API's own
 * paths and methods, adds `api-key`, passes a bearer `authorization`, `idempotency-ref`,
 * `content-type` and `accept`, and drops every other header both ways (cookies included).
 * Bodies and query strings go through untouched. Anything else gets 404 or 405 without an
 * upstream call; an unreachable upstream gives 502 (504 on timeout) with `{ message }`.
 *
 * @example
 * const handler = createProxyHandler({ upstream: 'https://sandbox.weavr.io/payment-run',
 *   apiKey: process.env.WEAVR_API_KEY!, basePath: '/api' });
 */
export function createProxyHandler(options: ProxyHandlerOptions): RequestHandler {
  const upstreamBase = new URL(options.upstream).href.replace(/\/+$/, '');
  const basePath = normaliseBasePath(options.basePath ?? '');
  const allowSimulate = options.allowSimulate ?? false;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { apiKey } = options;
  if (!apiKey) throw new TypeError('apiKey is required');
  const send = options.fetch ?? ((request: Request) => fetch(request));

  return async (request) => {
    const url = new URL(request.url);
    const path = apiPathOf(url.pathname, basePath);
    const methods = path === undefined ? undefined : apiMethodsFor(path, { allowSimulate });
    if (path === undefined || methods === undefined) return jsonError(404, 'Not found');
    const method = request.method.toUpperCase();
    if (!(methods as readonly string[]).includes(method)) {
      return jsonError(405, 'Method not allowed', { allow: methods.join(', ') });
    }

    const signal = upstreamSignal(request, timeoutMs);
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers: upstreamRequestHeaders(request.headers, apiKey),
      redirect: 'manual',
      signal,
    };
    if (method !== 'GET' && request.body !== null) {
      init.body = request.body;
      init.duplex = 'half';
    }

    let answer: Response;
    try {
      answer = await send(new Request(`${upstreamBase}${path}${url.search}`, init));
    } catch {
      return signal.aborted && !request.signal.aborted
        ? jsonError(504, 'The payment API did not answer in time')
        : jsonError(502, 'The payment API could not be reached');
    }
    // A followed-not redirect (status 0 in browsers, 3xx elsewhere) is not an API answer.
    if (
      answer.status < 200 ||
      answer.status > 599 ||
      (answer.status >= 300 && answer.status < 400)
    ) {
      await answer.body?.cancel().catch(() => undefined);
      return jsonError(502, 'The payment API gave an unexpected answer');
    }
    const body = NULL_BODY_STATUSES.has(answer.status) ? null : answer.body;
    return new Response(body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: downstreamResponseHeaders(answer.headers),
    });
  };
}
