/**
 * Runs a web-standard handler on Node's `http` server, or as Connect/Express/Vite middleware.
 * The Node types are described structurally (the parts used), so this entry needs neither
 * `@types/node` nor `node:` imports; Node's `IncomingMessage` and `ServerResponse` fit.
 */
import { wholeNumberOption } from './configuration-error.js';
import { DEFAULT_MAX_BODY_BYTES, type RequestHandler } from './proxy-handler.js';

/** The parts of Node's `http.IncomingMessage` the adapter reads. */
export interface NodeRequest extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** The parts of Node's `http.ServerResponse` the adapter writes. */
export interface NodeResponse {
  statusCode: number;
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(): unknown;
  destroy(error?: Error): unknown;
  once(event: 'close' | 'drain', listener: () => void): unknown;
  off(event: 'close' | 'drain', listener: () => void): unknown;
}

/** Connect-style middleware (also a plain `http.createServer` listener when `next` is absent). */
export type NodeMiddleware = (
  req: NodeRequest,
  res: NodeResponse,
  next?: (error?: unknown) => void,
) => void;

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * Only requests whose path starts with this prefix (e.g. `/api`) go to the handler; others go
   * to `next()` (or get 404 without middleware chain). Default: every request.
   */
  onlyUnder?: string;
  /**
   * Largest request body read, in bytes (default {@link DEFAULT_MAX_BODY_BYTES}). A larger declared
   * `content-length` gets 413 before the handler runs; a chunked body that grows past it stops
   * being read, the handler's body stream fails and the answer is 413.
   */
  maxBodyBytes?: number;
}

/** Methods a `Request` cannot carry; answered 405 here rather than failing as a 500. */
const UNSUPPORTED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

const encoder = new TextEncoder();

/**
 * Requests reach the handler under this fixed origin. The `Host` header never takes part in the
 * URL: a `Host` holding `/`, `?` or `#` would otherwise rewrite the path that is forwarded.
 */
const ORIGIN = 'http://localhost';

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** The path of a request target, without its query. */
const pathOf = (target: string) => target.split('?', 1)[0];

/**
 * The URL of an origin-form request target (`/path?query`), or `undefined` when the target is
 * anything else or would change on parsing: absolute-form (`http://other/...`), `*`, a fragment,
 * backslashes, dot segments (`..`, `%2e%2e`), spaces or control characters. Such a target is
 * refused rather than normalised, so that `req.url`, which the host's own middleware routes, logs
 * and rate-limits by, is exactly the path and query the handler forwards.
 */
export function originFormUrl(target: string): URL | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  if (!URL.canParse(target, ORIGIN)) return undefined;
  const url = new URL(target, ORIGIN);
  return url.origin === ORIGIN && `${url.pathname}${url.search}` === target ? url : undefined;
}

function toHeaders(incoming: NodeRequest['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function hasBody(req: NodeRequest): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

interface BodyLimit {
  readonly max: number;
  exceeded: boolean;
}

function declaredTooLarge(req: NodeRequest, limit: BodyLimit): boolean {
  const length = req.headers['content-length'];
  return typeof length === 'string' && !(/^\d+$/.test(length) && Number(length) <= limit.max);
}

/** The body, read only as the handler asks for it, failing once it grows past `limit`. */
function bodyStream(
  source: AsyncIterable<Uint8Array | string>,
  limit: BodyLimit,
): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  let size = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await chunks.next();
      if (chunk.done === true) return controller.close();
      const bytes = typeof chunk.value === 'string' ? encoder.encode(chunk.value) : chunk.value;
      size += bytes.byteLength;
      if (size <= limit.max) return controller.enqueue(bytes);
      limit.exceeded = true;
      controller.error(new RangeError('The request body is too large'));
      await chunks.return?.();
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

function toRequest(req: NodeRequest, url: URL, limit: BodyLimit, signal: AbortSignal): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers: toHeaders(req.headers),
    signal,
  };
  if (method !== 'GET' && method !== 'HEAD' && hasBody(req)) {
    init.body = bodyStream(req, limit);
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** Resolves on `drain`, or on `close` (then the caller stops writing). */
function drained(res: NodeResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

async function writeResponse(response: Response, res: NodeResponse, closed: AbortSignal) {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drained(res);
      if (closed.aborted) {
        await reader.cancel();
        return;
      }
    }
    res.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Adapts a web-standard handler (such as {@link createProxyHandler}'s) to Node.
 * A client that disconnects aborts the handler's `request.signal`.
 *
 * @example
 * server.middlewares.use(toNodeHandler(proxy, { onlyUnder: '/api' })); // Vite / Connect
 * http.createServer(toNodeHandler(proxy)).listen(8080);                 // plain Node
 */
export function toNodeHandler(
  handler: RequestHandler,
  options: NodeHandlerOptions = {},
): NodeMiddleware {
  const { onlyUnder } = options;
  const maxBodyBytes = wholeNumberOption(
    'maxBodyBytes',
    options.maxBodyBytes,
    DEFAULT_MAX_BODY_BYTES,
  );
  const answer = (res: NodeResponse, status: number) => {
    res.statusCode = status;
    res.end();
  };
  return (req, res, next) => {
    const target = req.url ?? '/';
    const url = originFormUrl(target);
    const ours = onlyUnder === undefined || isUnder(pathOf(target), onlyUnder);
    if (!ours) return next ? next() : answer(res, 404);
    if (url === undefined) return answer(res, 400);
    const limit: BodyLimit = { max: maxBodyBytes, exceeded: false };
    if (UNSUPPORTED_METHODS.has((req.method ?? '').toUpperCase())) return answer(res, 405);
    if (declaredTooLarge(req, limit)) return answer(res, 413);
    const disconnect = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) disconnect.abort();
    });
    const run = async () => {
      const response = await handler(toRequest(req, url, limit, disconnect.signal));
      if (limit.exceeded) {
        await response.body?.cancel();
        answer(res, 413);
      } else await writeResponse(response, res, disconnect.signal);
    };
    run().catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else if (limit.exceeded) answer(res, 413);
      else if (next) next(error);
      else {
        res.statusCode = 500;
        res.end();
      }
    });
  };
}
