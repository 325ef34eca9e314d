/**
 * A small fetch helper against the sandbox that validates each request and response against the
 * spec and checks the status (and 409 errorCode) a scenario expects.
 */
import { Report, checkRequest, checkResponse } from './checks.mjs';

export const ORIGIN = 'http://sandbox.invalid';
let refs = 0;
/** A fresh idempotency-ref. */
export const ref = () => `spec-conformance-${++refs}`;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `call(method, path, options)`: options are `token` (bearer), `body`, `idem` (idempotency-ref),
 * `apiKey` (false to leave it out), `expect` (status), `code` (409 errorCode) and `invalid`
 * (the request breaks the spec on purpose, so only the response is checked).
 */
function buildRequest(sandbox, method, path, options) {
  const { token, body, idem, apiKey = sandbox.apiKey } = options;
  const headers = new Headers();
  if (apiKey) headers.set('api-key', apiKey);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (idem) headers.set('idempotency-ref', idem);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return new Request(ORIGIN + path, {
    method,
    headers,
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

export function createCaller({ sandbox, spec, report }) {
  return async function call(method, path, options = {}) {
    const { expect, code, invalid } = options;
    const request = buildRequest(sandbox, method, path, options);
    if (!invalid) await checkRequest(spec, report, request.clone(), 'sandbox');
    const response = await sandbox.fetch(request);
    await checkResponse(spec, report, method, request.url, response.clone(), 'sandbox');
    const text = await response.text();
    const data =
      text && /json/.test(response.headers.get('content-type') ?? '')
        ? JSON.parse(text)
        : undefined;
    const what = `[sandbox] scenario ${method} ${path}`;
    if (expect !== undefined) {
      report.check(
        response.status === expect,
        `${what}: expected ${expect}, got ${response.status} ${text.slice(0, 160)}`,
      );
    }
    if (code !== undefined) {
      report.check(data?.errorCode === code, `${what}: expected errorCode ${code}, got ${text}`);
    }
    return { status: response.status, data };
  };
}

/** Runs `first` with added latency and `second` while it is in flight (same path). */
export async function overlapping(sandbox, method, path, first, second) {
  sandbox.faults.add({ method, path, latencyMs: 60, times: 1 });
  const a = first();
  await sleep(10);
  const b = second();
  return Promise.all([a, b]);
}

/**
 * `rejects(method, path, options, alternative)`: sends a request that breaks the spec (checked
 * first, so a fixture that is valid after all is reported) and expects the API's 400, or the
 * `alternative` status where the spec itself offers one.
 */
export function createRejecter({ sandbox, spec, report, call }) {
  return async function rejects(method, path, options, alternative) {
    const scratch = new Report({ quiet: true });
    await checkRequest(spec, scratch, buildRequest(sandbox, method, path, options), 'fixture');
    const why = scratch.problems[0]?.replace(/^\[fixture\] request /, '') ?? '';
    const label = `${method} ${path.slice(0, 60)}`;
    report.check(scratch.failed > 0, `[fixture] ${label} should break the spec but does not`);
    const { status } = await call(method, path, { ...options, invalid: true });
    const accepted = status === 400 || status === alternative;
    report.check(accepted, `[sandbox] spec-invalid request answered ${status}, not 400: ${why}`);
  };
}
