import { ERROR_NAMES, type ApiErrorKind, type PaymentRunApiError } from './api-error.js';
import type { AuthenticationError } from './authentication-error.js';
import type { ConfigurationError } from './configuration-error.js';
import type { ConflictError } from './conflict-error.js';
import type { HttpStatusError } from './http-error.js';
import type { NetworkError } from './network-error.js';
import type { NotFoundError } from './not-found-error.js';
import type { PermissionError } from './permission-error.js';
import type { RateLimitError } from './rate-limit-error.js';
import type { ServerError } from './server-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { TokenError } from './token-error.js';
import type { UnexpectedResponseError } from './unexpected-response-error.js';
import type { ValidationError } from './validation-error.js';

/** The error class of each `kind`. */
export interface PaymentRunApiErrorsByKind {
  validation: ValidationError;
  unauthenticated: AuthenticationError;
  permission: PermissionError;
  'not-found': NotFoundError;
  conflict: ConflictError;
  'rate-limit': RateLimitError;
  server: ServerError;
  http: HttpStatusError;
  network: NetworkError;
  timeout: TimeoutError;
  'unexpected-response': UnexpectedResponseError;
  token: TokenError;
  configuration: ConfigurationError;
}

/**
 * `true` when `error` is an error of this client (of `kind`, when given), narrowing its type.
 * Matches by `name` and `kind` rather than `instanceof`, so it also holds for an error from another
 * copy of the library (two bundles on a page) or another realm (an iframe, a worker's message).
 *
 * @example
 * if (isPaymentRunApiError(error, 'rate-limit')) retryAt(error.resetAt);
 */
export function isPaymentRunApiError<K extends ApiErrorKind>(
  error: unknown,
  kind: K,
): error is PaymentRunApiErrorsByKind[K];
export function isPaymentRunApiError(error: unknown): error is PaymentRunApiError;
export function isPaymentRunApiError(error: unknown, kind?: ApiErrorKind): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, kind: actual } = error as { name?: unknown; kind?: unknown };
  if (typeof actual !== 'string' || !Object.hasOwn(ERROR_NAMES, actual)) return false;
  return (kind === undefined || actual === kind) && name === ERROR_NAMES[actual as ApiErrorKind];
}
