import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** 429: too many requests; `resetAt` is when the API's window resets (from `x-ratelimit-reset`). */
export class RateLimitError extends PaymentRunApiError {
  readonly kind = 'rate-limit';
  readonly resetAt?: Date;
  /** The `x-ratelimit-limit` header as sent, e.g. `20, 10;w=60`. */
  readonly limit?: string;

  constructor(resetAt: Date | undefined, limit: string | undefined, init?: ApiErrorInit) {
    super(`Too many requests${resetAt ? `; try again after ${resetAt.toISOString()}` : ''}.`, init);
    this.resetAt = resetAt;
    this.limit = limit;
  }
}
