import { wholeNumberOption } from './configuration-error.js';

/** Options of {@link createReplayGuard}. */
export interface ReplayGuardOptions {
  /**
   * Most deliveries remembered at once (default 50 000). When every one is still within its
   * window, a new delivery is refused (`replay-guard-full`) rather than forgetting one that could
   * then be replayed; the sender retries later.
   */
  maxEntries?: number;
}

/**
 * Remembers webhook deliveries already accepted, each until its timestamp leaves the freshness
 * window (after which the signature check rejects it as stale anyway). In memory, one process:
 * behind several instances, share the decision through your own store instead.
 */
export interface ReplayGuard {
  /**
   * Records `key` until `expiresAt` (epoch ms). `accepted` the first time, `replayed` while it is
   * remembered, `full` when there is no room.
   */
  claim(key: string, expiresAt: number, now: number): 'accepted' | 'replayed' | 'full';
  /** How many deliveries are remembered now. */
  readonly size: number;
}

/**
 * A replay guard for {@link checkWebhookSignature}'s `replayGuard` option. The signature check is
 * stateless: a captured webhook verifies again for as long as its timestamp is fresh. With a
 * guard, the second delivery of the same signed message within that window is refused.
 *
 * @example
 * const replayGuard = createReplayGuard();
 * const check = await checkWebhookSignature({ apiKey, headers, body, replayGuard });
 */
export function createReplayGuard(options: ReplayGuardOptions = {}): ReplayGuard {
  const maxEntries = wholeNumberOption('maxEntries', options.maxEntries, 50_000, 1);
  // Insertion order is close to expiry order (one window for all), so pruning stops early.
  const expiries = new Map<string, number>();

  const prune = (now: number) => {
    for (const [key, expiresAt] of expiries) {
      if (expiresAt >= now) {
        if (expiries.size < maxEntries) break;
        continue;
      }
      expiries.delete(key);
    }
  };

  return {
    claim(key, expiresAt, now) {
      const known = expiries.get(key);
      if (known !== undefined && known >= now) return 'replayed';
      expiries.delete(key);
      if (expiries.size >= maxEntries) prune(now);
      if (expiries.size >= maxEntries) return 'full';
      expiries.set(key, expiresAt);
      return 'accepted';
    },
    get size() {
      return expiries.size;
    },
  };
}
