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

  constructor(message: string, init: ApiErrorInit = {}) {
    super(message, { cause: init.cause });
    this.name = new.target.name;
    this.operation = init.operation;
    this.status = init.status;
    this.requestRef = init.requestRef;
  }
}
