/**
 * Response helpers and the one error type handlers throw. Bodies follow the spec's shapes:
 * 400 `{message, syntaxErrors: {invalidFields}}`, 401 no body, 403 `{errorCode}`,
 * 404 `{code, message}`, 409 `{errorCode, message?}`.
 */
import type { FieldErrorKind } from '../api/enums.js';

export interface InvalidField {
  fieldName: string;
  error: FieldErrorKind;
  params: string[];
}

/** Thrown by handlers and validators; the pipeline turns it into its response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(`HTTP ${status}`);
  }

  toResponse(): Response {
    return this.body === undefined ? empty(this.status) : json(this.body, this.status);
  }
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function empty(status = 204, headers?: Record<string, string>): Response {
  return new Response(null, { status, headers });
}

export const unauthorized = (): ApiError => new ApiError(401);

export const forbidden = (): ApiError =>
  new ApiError(403, { errorCode: 'INSUFFICIENT_PERMISSIONS' });

export const notFound = (code: string, message: string): ApiError =>
  new ApiError(404, { code, message });

export const conflict = (errorCode: string, message?: string): ApiError =>
  new ApiError(409, message === undefined ? { errorCode } : { errorCode, message });

/** A 409 for a state no spec code names (the op's `errorCode` is optional). */
export const conflictWithoutCode = (message: string): ApiError => new ApiError(409, { message });

export function badRequest(invalidFields: InvalidField[], message?: string): ApiError {
  const first = invalidFields[0];
  const text =
    message ?? (first ? `Invalid field ${first.fieldName}: ${first.error}` : 'Bad request');
  return new ApiError(400, {
    message: text.slice(0, 255),
    syntaxErrors: { invalidFields },
  });
}
