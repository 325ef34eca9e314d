import { PaymentRunApiError, type ApiErrorInit } from './api-error.js';

/** 429: too many requests; `resetAt` is when the API's window resets (from `x-ratelimit-reset`). */
export class RateLimitError extends PaymentRunApiError {
  readonly kind = 'rate-limit';
  readonly resetAt?: Date;
  /** The `x-ratelimit-limit` header as sent, e.g. `20, 10;w=60`. */
  readonly limit?: string;

  constructor(resetAt: Date | undefined, limit: string | undefined, init?: ApiErrorInit) {
    // An invalid Date (an absurd reset) is dropped: `toISOString()` would throw a RangeError.
    const valid = resetAt && !Number.isNaN(resetAt.getTime()) ? resetAt : undefined;
    super(`Too many requests${valid ? `; try again after ${valid.toISOString()}` : ''}.`, init);
    this.resetAt = valid;
    this.limit = limit;
  }
}
