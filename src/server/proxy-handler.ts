import { apiMethodsFor } from './api-routes.js';
import { ServerConfigurationError, wholeNumberOption } from './configuration-error.js';
import { concatBytes } from './hmac.js';
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
  /**
   * Largest request body forwarded, in bytes; a larger one gets 413 without an upstream call.
   * Default {@link DEFAULT_MAX_BODY_BYTES}.
   */
  maxBodyBytes?: number;
}

/**
 * 4 MiB. The largest legal request, a run of 1000 payments with every bounded field at its
 * longest, measures 2.2 MB with 3-byte characters and 3.6 MB with characters JSON must escape
 * (`\u0001`); the spec leaves a few fields unbounded, counted here at 64 to 255 characters.
 */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

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
    throw new ServerConfigurationError('basePath', `must start with "/": ${basePath}`);
  }
  return trimmed;
}

/** The API path below `basePath`, or `undefined` when the request is outside it. */
function apiPathOf(pathname: string, basePath: string): string | undefined {
  if (basePath === '') return pathname;
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  return pathname.slice(basePath.length);
}

/**
 * The whole body, or `undefined` as soon as it exceeds `limit` (reading stops there). A declared
 * `content-length` over the limit is refused before anything is read. Bodies are read before the
 * upstream call so that an oversize one, chunked or not, never reaches the API in part.
 */
async function readBody(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(/^\d+$/.test(declared.trim()) && Number(declared) <= limit)) {
    await request.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}

/** The upstream base without a trailing slash; paths are appended to it, so no query or hash. */
function upstreamBaseOf(upstream: string): string {
  const url = URL.canParse(upstream) ? new URL(upstream) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ServerConfigurationError(
      'upstream',
      `expected an http(s) URL without query, fragment or credentials: ${upstream}`,
    );
  }
  return url.href.replace(/\/+$/, '');
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
 * Bodies (up to `maxBodyBytes`, else 413) and query strings go through untouched. Anything else
 * gets 404, 405 or 413 without an upstream call; options that cannot work throw a
 * {@link ServerConfigurationError} at creation; an unreachable upstream gives 502 (504 on timeout) with `{ message }`.
 *
 * @example
 * const handler = createProxyHandler({ upstream: 'https://sandbox.weavr.io/payment-run',
 *   apiKey: process.env.WEAVR_API_KEY!, basePath: '/api' });
 */
export function createProxyHandler(options: ProxyHandlerOptions): RequestHandler {
  const upstreamBase = upstreamBaseOf(options.upstream);
  const basePath = normaliseBasePath(options.basePath ?? '');
  const allowSimulate = options.allowSimulate ?? false;
  const timeoutMs = wholeNumberOption('timeoutMs', options.timeoutMs, 30_000);
  const maxBodyBytes = wholeNumberOption(
    'maxBodyBytes',
    options.maxBodyBytes,
    DEFAULT_MAX_BODY_BYTES,
  );
  const { apiKey } = options;
  if (!apiKey) throw new ServerConfigurationError('apiKey', 'is required');
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

    let body: Uint8Array<ArrayBuffer> | undefined;
    if (method !== 'GET' && request.body !== null) {
      try {
        body = await readBody(request, maxBodyBytes);
      } catch {
        return jsonError(400, 'The request body could not be read');
      }
      if (body === undefined) return jsonError(413, 'The request body is too large');
    }
    const signal = upstreamSignal(request, timeoutMs);
    const init: RequestInit = {
      method,
      headers: upstreamRequestHeaders(request.headers, apiKey),
      redirect: 'manual',
      signal,
      ...(body !== undefined && { body }),
    };

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
    const answerBody = NULL_BODY_STATUSES.has(answer.status) ? null : answer.body;
    return new Response(answerBody, {
      status: answer.status,
      statusText: answer.statusText,
      headers: downstreamResponseHeaders(answer.headers),
    });
  };
}
