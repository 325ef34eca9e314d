/**
 * Auth tokens with the API's sliding life: a token is valid for `tokenLifetimeMs` of sandbox time
 * after its last use, and every accepted use renews it.
 */
import type { Clock } from './clock.js';
import type { Ids } from './ids.js';

interface TokenEntry {
  userId: string;
  lastUsed: number;
}

export class TokenStore {
  #tokens = new Map<string, TokenEntry>();

  constructor(
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly lifetimeMs: number,
  ) {}

  issue(userId: string): string {
    // Opaque, but shaped like the API's (a long token string); deterministic like every sandbox id.
    const token = `sbx.${this.ids.hex24()}${this.ids.hex24()}`;
    this.#tokens.set(token, { userId, lastUsed: this.clock.now() });
    return token;
  }

  /** The user id behind a live token, renewing it; undefined when unknown or expired. */
  use(token: string): string | undefined {
    const entry = this.#tokens.get(token);
    if (!entry) return undefined;
    if (this.clock.now() - entry.lastUsed >= this.lifetimeMs) {
      this.#tokens.delete(token);
      return undefined;
    }
    entry.lastUsed = this.clock.now();
    return entry.userId;
  }

  revoke(token: string): void {
    this.#tokens.delete(token);
  }
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '');
  return match?.[1];
}
