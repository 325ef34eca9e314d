/**
 * Runs a web-standard handler on Node's `http` server, or as Connect/Express/Vite middleware.
 * The Node types are described structurally (the parts used), so this entry needs neither
 * `@types/node` nor `node:` imports; Node's `IncomingMessage` and `ServerResponse` fit.
 */
import type { RequestHandler } from './proxy-handler.js';

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
}

const encoder = new TextEncoder();

function isUnder(url: string, prefix: string): boolean {
  const path = url.split('?', 1)[0];
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

function requestUrl(req: NodeRequest): string {
  const url = req.url ?? '/';
  if (!url.startsWith('/')) return url;
  const host = req.headers.host;
  const origin = typeof host === 'string' && URL.canParse(`http://${host}`) ? host : 'localhost';
  return `http://${origin}${url}`;
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

function bodyStream(source: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await chunks.next();
      if (chunk.done === true) controller.close();
      else
        controller.enqueue(
          typeof chunk.value === 'string' ? encoder.encode(chunk.value) : chunk.value,
        );
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

function toRequest(req: NodeRequest, signal: AbortSignal): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers: toHeaders(req.headers),
    signal,
  };
  if (method !== 'GET' && method !== 'HEAD' && hasBody(req)) {
    init.body = bodyStream(req);
    init.duplex = 'half';
  }
  return new Request(requestUrl(req), init);
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
  return (req, res, next) => {
    if (onlyUnder !== undefined && !isUnder(req.url ?? '/', onlyUnder)) {
      if (next) next();
      else {
        res.statusCode = 404;
        res.end();
      }
      return;
    }
    const disconnect = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) disconnect.abort();
    });
    const run = async () => {
      const response = await handler(toRequest(req, disconnect.signal));
      await writeResponse(response, res, disconnect.signal);
    };
    run().catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else if (next) next(error);
      else {
        res.statusCode = 500;
        res.end();
      }
    });
  };
}
