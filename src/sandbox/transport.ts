/**
 * The `fetch` surface: turns `(input, init)` into a Request, strips `basePath`, and applies the
 * fault rule for the call (latency, a status instead of the handler, a dropped connection, a
 * malformed body). Aborting the request's signal rejects like a real fetch.
 */
import type { Faults } from './faults.js';
import { json } from './http.js';
import type { FaultRule } from './types.js';

/** Relative URLs are resolved against this, so the sandbox works in Node as in the browser. */
const ORIGIN = 'http://sandbox.invalid';
const NULL_BODY_STATUSES = [101, 204, 205, 304];

export type Handler = (
  request: Request,
  path: string,
  delay: () => Promise<void>,
) => Promise<Response>;

function toRequest(input: Request | string | URL, init?: RequestInit): Request {
  if (input instanceof Request) return init ? new Request(input, init) : input;
  return new Request(new URL(String(input), ORIGIN), init);
}

/** The path to route, or undefined when the request is outside `basePath`. */
function routedPath(pathname: string, basePath: string): string | undefined {
  if (!basePath) return pathname;
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function faultResponse(rule: FaultRule & { status: number }): Response {
  const body = NULL_BODY_STATUSES.includes(rule.status) ? null : (rule.body ?? null);
  return new Response(body, { status: rule.status, headers: rule.headers });
}

async function malformed(response: Response): Promise<Response> {
  const text = await response.text();
  // Cut the JSON in half and leave it open: no parser accepts it.
  const broken = `${text.slice(0, Math.floor(text.length / 2))}{"malformed":`;
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json');
  const status = NULL_BODY_STATUSES.includes(response.status) ? 200 : response.status;
  return new Response(broken, { status, headers });
}

export async function deliver(
  input: Request | string | URL,
  init: RequestInit | undefined,
  basePath: string,
  faults: Faults,
  handle: Handler,
): Promise<Response> {
  const request = toRequest(input, init);
  const pathname = new URL(request.url).pathname;
  const path = routedPath(pathname, basePath);
  const rule = faults.take(request.method, path ?? pathname);
  const signal = request.signal;
  const delay = () => sleep(rule?.latencyMs ?? 0, signal);
  if (signal.aborted) throw signal.reason;
  if (rule?.drop) {
    await delay();
    throw new TypeError('Failed to fetch');
  }
  if (rule?.status !== undefined) {
    await delay();
    return faultResponse({ ...rule, status: rule.status });
  }
  const response =
    path === undefined
      ? json({ code: 'NOT_FOUND', message: `${pathname} is outside ${basePath}` }, 404)
      : await handle(request, path, delay);
  if (signal.aborted) throw signal.reason;
  return rule?.malformed ? malformed(response) : response;
}
