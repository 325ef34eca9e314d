/**
 * `idempotency-ref`: the key is the operation, the path, the ref and the raw body, so the same
 * ref with a different body is simply another request (the spec keys on "the payload as well as
 * the operation"). A duplicate while the first is running gets 409 IDEMPOTENT_REQUEST_IN_PROGRESS;
 * a later one gets the stored answer, without a second effect. Only successful answers are
 * stored (a failed call may be retried with the same ref), for 24 hours of sandbox time.
 */
import type { Clock } from './clock.js';
import { conflict } from './http.js';

const RETENTION_MS = 24 * 60 * 60_000;

interface Stored {
  at: number;
  status: number;
  headers: [string, string][];
  body: string | null;
}

export class IdempotencyStore {
  #pending = new Set<string>();
  #done = new Map<string, Stored>();

  constructor(private readonly clock: Clock) {}

  async run(key: string, work: () => Promise<Response>): Promise<Response> {
    if (this.#pending.has(key)) return conflict('IDEMPOTENT_REQUEST_IN_PROGRESS').toResponse();
    const stored = this.#done.get(key);
    if (stored && this.clock.now() - stored.at < RETENTION_MS) return replay(stored);
    this.#pending.add(key);
    try {
      const response = await work();
      if (!response.ok) return response;
      const body = response.status === 204 ? null : await response.text();
      const entry: Stored = {
        at: this.clock.now(),
        status: response.status,
        headers: [...response.headers],
        body,
      };
      this.#done.set(key, entry);
      return replay(entry);
    } finally {
      this.#pending.delete(key);
    }
  }
}

function replay(stored: Stored): Response {
  return new Response(stored.body, { status: stored.status, headers: stored.headers });
}
