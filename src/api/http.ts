import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options } from 'ky';
import type * as z from 'zod/mini';
import type { ApiErrorInit, PaymentRunApiError } from './errors/api-error.js';
import { AuthenticationError } from './errors/authentication-error.js';
import { ConflictError } from './errors/conflict-error.js';
import { HttpStatusError } from './errors/http-error.js';
import { NetworkError } from './errors/network-error.js';
import { NotFoundError } from './errors/not-found-error.js';
import { PermissionError } from './errors/permission-error.js';
import { RateLimitError } from './errors/rate-limit-error.js';
import { ServerError } from './errors/server-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { UnexpectedResponseError } from './errors/unexpected-response-error.js';
import { ValidationError, type InvalidField } from './errors/validation-error.js';
import { newIdempotencyRef } from './idempotency.js';
import { badRequestBodySchema, errorBodySchema } from './schemas/error-bodies.js';
import type { TokenStore } from './token.js';

/**
 * How a call may be repeated after a network error, a timeout, a 429 or a 5xx:
 * - `read`: a GET, always safe to repeat;
 * - `idempotent`: a state change sent with an `idempotency-ref`, repeated with the same ref;
 * - `never`: a state change the API cannot deduplicate (PUT update), sent once.
 */
export type RetryPolicy = 'read' | 'idempotent' | 'never';

export interface CallSpec<T> {
  /** operationId in the spec, carried by errors. */
  operation: string;
  method: 'get' | 'post' | 'put' | 'patch';
  path: string;
  searchParams?: URLSearchParams;
  body?: unknown;
  /** Schema of the answer; none for a 204. */
  schema?: z.ZodMiniType<T>;
  retry: RetryPolicy;
  idempotencyRef?: string;
  signal?: AbortSignal;
}

export interface TransportOptions {
  apiBase: string;
  tokens: TokenStore;
  fetch?: typeof fetch;
  timeout: number;
  retries: number;
  maxRateLimitWait: number;
}

/** Sends one call: bearer token, retries, 401 renewal, error mapping and response parsing. */
export function createTransport(options: TransportOptions) {
  const api: KyInstance = ky.create({
    prefixUrl: options.apiBase,
    timeout: options.timeout,
    ...(options.fetch && { fetch: options.fetch }),
  });

  return async function call<T>(spec: CallSpec<T>): Promise<T> {
    const idempotencyRef =
      spec.retry === 'idempotent' ? (spec.idempotencyRef ?? newIdempotencyRef()) : undefined;
    // One renewal on a 401: the token may have expired on the server before we knew.
    for (let renewed = false; ; renewed = true) {
      spec.signal?.throwIfAborted();
      const token = await options.tokens.get();
      spec.signal?.throwIfAborted();
      const kyOptions: Options = {
        method: spec.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(idempotencyRef && { 'idempotency-ref': idempotencyRef }),
        },
        retry: retryOptions(spec.retry, options),
        ...(spec.searchParams && { searchParams: spec.searchParams }),
        ...(spec.body !== undefined && { json: spec.body }),
        ...(spec.signal && { signal: spec.signal }),
      };
      let response: Response;
      try {
        response = await api(spec.path, kyOptions);
      } catch (error) {
        if (error instanceof HTTPError && error.response.status === 401 && !renewed) {
          options.tokens.invalidate(token);
          continue;
        }
        throw await toApiError(error, spec);
      }
      return parseBody(response, spec);
    }
  };
}

function retryOptions(policy: RetryPolicy, options: TransportOptions): Options['retry'] {
  if (policy === 'never') return 0;
  return {
    limit: options.retries,
    methods: policy === 'read' ? ['get'] : ['get', 'post', 'put', 'patch'],
    statusCodes: [429, 500, 502, 503, 504],
    afterStatusCodes: [429, 503],
    backoffLimit: 5_000,
    // An absurd `Retry-After` on a 503 is capped, like an absurd rate-limit reset.
    maxRetryAfter: options.maxRateLimitWait,
    retryOnTimeout: true,
    // A window that resets later than we are willing to wait is reported, not waited for.
    shouldRetry: ({ error }) =>
      error instanceof HTTPError &&
      error.response.status === 429 &&
      resetSeconds(error.response) * 1000 > options.maxRateLimitWait
        ? false
        : undefined,
  };
}

const resetSeconds = (response: Response) =>
  Number(response.headers.get('x-ratelimit-reset') ?? Number.NaN);

/** When the rate-limit window resets, or `undefined` for a reset no date can hold. */
function resetAtOf(response: Response): Date | undefined {
  const seconds = resetSeconds(response);
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  const at = new Date(Date.now() + seconds * 1000);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

async function parseBody<T>(response: Response, spec: CallSpec<T>): Promise<T> {
  if (!spec.schema) return undefined as T;
  const init = initOf(response, spec);
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The connection dropped (or the call was aborted) while the body was arriving.
    if (spec.signal?.aborted) throw spec.signal.reason;
    throw new NetworkError('The answer of the API was cut off.', { ...init, cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new UnexpectedResponseError(['the body is not JSON'], { ...init, cause });
  }
  const result = spec.schema.safeParse(data);
  if (result.success) return result.data;
  throw new UnexpectedResponseError(
    result.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`),
    init,
  );
}

const initOf = (response: Response, spec: CallSpec<unknown>): ApiErrorInit => ({
  operation: spec.operation,
  status: response.status,
  requestRef: response.headers.get('request-ref') ?? undefined,
});

/** `['payments', 3, 'supplier', 'name']` → `payments[3].supplier.name`. */
export const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );

async function toApiError(error: unknown, spec: CallSpec<unknown>): Promise<unknown> {
  if (spec.signal?.aborted) return spec.signal.reason;
  if (error instanceof KyTimeoutError) {
    return new TimeoutError('The API did not answer in time.', {
      operation: spec.operation,
      cause: error,
    });
  }
  if (!(error instanceof HTTPError)) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new NetworkError('The API could not be reached.', {
      operation: spec.operation,
      cause: error,
    });
  }
  const { response } = error;
  const init = { ...initOf(response, spec), cause: error };
  const body: unknown = await response.json().catch(() => undefined);
  const status = response.status;
  if (status === 400) {
    const parsed = badRequestBodySchema.safeParse(body);
    const data = parsed.success ? parsed.data : {};
    const fields: InvalidField[] = (data.syntaxErrors?.invalidFields ?? []).map((f) => ({
      fieldName: f.fieldName ?? '',
      error: f.error ?? '',
      params: f.params ?? [],
    }));
    return new ValidationError(fields, data.message, init);
  }
  const parsed = errorBodySchema.safeParse(body);
  const { errorCode, code, message } = parsed.success ? parsed.data : {};
  const byStatus: Record<number, () => PaymentRunApiError> = {
    401: () => new AuthenticationError('Your session has expired. Please sign in again.', init),
    403: () => new PermissionError(errorCode, init),
    404: () => new NotFoundError(code, message, init),
    409: () => new ConflictError(errorCode, message, init),
    429: () =>
      new RateLimitError(
        resetAtOf(response),
        response.headers.get('x-ratelimit-limit') ?? undefined,
        init,
      ),
  };
  return (
    byStatus[status]?.() ??
    (status >= 500
      ? new ServerError(`The API failed (${status}). Please try again later.`, init)
      : new HttpStatusError(`The API refused the request (${status}).`, init))
  );
}
