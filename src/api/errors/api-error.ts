/** What went wrong, as a stable string the UI maps to its own text. */
export type ApiErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'rate-limit'
  | 'server'
  | 'http'
  | 'network'
  | 'timeout'
  | 'unexpected-response'
  | 'token'
  | 'configuration';

/**
 * Each kind's class name, which every instance carries as `name`: spelt out rather than taken from
 * the class, whose name a minifier may change, so that `name` can be matched across bundles.
 */
export const ERROR_NAMES: { readonly [K in ApiErrorKind]: string } = {
  validation: 'ValidationError',
  unauthenticated: 'AuthenticationError',
  permission: 'PermissionError',
  'not-found': 'NotFoundError',
  conflict: 'ConflictError',
  'rate-limit': 'RateLimitError',
  server: 'ServerError',
  http: 'HttpStatusError',
  network: 'NetworkError',
  timeout: 'TimeoutError',
  'unexpected-response': 'UnexpectedResponseError',
  token: 'TokenError',
  configuration: 'ConfigurationError',
};

export interface ApiErrorInit {
  /** The API operation (its operationId in the spec), when the error came from one. */
  operation?: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** The `request-ref` header: quote it to Weavr support. */
  requestRef?: string;
  cause?: unknown;
}

/** Base class of every error the client throws; `kind` tells them apart without `instanceof`. */
export abstract class PaymentRunApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  readonly operation?: string;
  readonly status?: number;
  readonly requestRef?: string;

  /** The class name, from `kind` (see {@link ERROR_NAMES}). */
  override get name(): string {
    return ERROR_NAMES[this.kind];
  }

  constructor(message: string, init: ApiErrorInit = {}) {
    super(message, { cause: init.cause });
    this.operation = init.operation;
    this.status = init.status;
    this.requestRef = init.requestRef;
  }
}
