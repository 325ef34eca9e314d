import ky, { HTTPError } from 'ky';
import { TokenError } from './errors/token-error.js';
import { tokenResponseSchema } from './schemas/error-bodies.js';

/** What a token source yields: the token and, optionally, its life in seconds. */
export type TokenGrant = string | { token: string; expiresIn?: number };

/** Renew this long before the token expires: 10 % of its life, at most 30 s. */
const renewalMargin = (lifeMs: number) => Math.min(30_000, lifeMs / 10);

/**
 * Holds the user's token in memory (never in storage), fetches it once at a time however many
 * requests wait for it, and renews it before `expiresIn` runs out or when the API rejects it.
 */
export class TokenStore {
  #token?: string;
  #renewAt = Infinity;
  #pending?: Promise<string>;
  readonly #load: () => Promise<TokenGrant>;

  constructor(load: () => Promise<TokenGrant>) {
    this.#load = load;
  }

  /** The current token, fetching a new one if there is none or it is about to expire. */
  get(): Promise<string> {
    if (this.#token !== undefined && Date.now() < this.#renewAt)
      return Promise.resolve(this.#token);
    this.#pending ??= this.#fetch().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  /** Forget `token` (the API refused it) so the next `get()` fetches a new one. */
  invalidate(token: string): void {
    if (this.#token === token) this.#token = undefined;
  }

  async #fetch(): Promise<string> {
    let grant: TokenGrant;
    try {
      grant = await this.#load();
    } catch (error) {
      throw error instanceof TokenError
        ? error
        : new TokenError('The sign-in token could not be fetched.', { cause: error });
    }
    const parsed = tokenResponseSchema.safeParse(
      typeof grant === 'string' ? { token: grant } : grant,
    );
    if (!parsed.success) throw new TokenError('The token endpoint gave no usable token.');
    const { token, expiresIn } = parsed.data;
    const lifeMs = expiresIn === undefined ? Infinity : expiresIn * 1000;
    this.#token = token;
    this.#renewAt = Date.now() + lifeMs - renewalMargin(lifeMs);
    return token;
  }
}

/**
 * Loads a token from the host's token endpoint: `POST` with the page's cookies, answering
 * `{ token, expiresIn? }`.
 */
export function tokenEndpointLoader(url: string, fetchImpl?: typeof fetch) {
  return async (): Promise<TokenGrant> => {
    try {
      return await ky
        .post(url, {
          credentials: 'include',
          retry: { limit: 2, methods: ['post'] },
          timeout: 15_000,
          ...(fetchImpl && { fetch: fetchImpl }),
        })
        .json<TokenGrant>();
    } catch (cause) {
      const status = cause instanceof HTTPError ? cause.response.status : undefined;
      throw new TokenError(
        `The sign-in token could not be fetched${status ? ` (the token endpoint answered ${status})` : ''}.`,
        { status, cause },
      );
    }
  };
}
