import { ServerConfigurationError, wholeNumberOption } from './configuration-error.js';
import type { ByteSource } from './hmac.js';
import type { ReplayGuard } from './replay-guard.js';
import {
  concatBytes,
  fromBase64,
  hmacSha256,
  hmacSha256Key,
  timingSafeEqual,
  toBase64,
  toBytes,
} from './hmac.js';

/** Webhook request headers: a `Headers`, or a plain record such as Node's `req.headers`. */
export type WebhookHeaders =
  Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Why a webhook was rejected. */
export const WEBHOOK_REJECTION_REASONS = [
  'missing-header',
  'invalid-timestamp',
  'stale-timestamp',
  'invalid-signature',
  'invalid-signature-v2',
  'replayed',
  'replay-guard-full',
] as const;
export type WebhookRejectionReason = (typeof WEBHOOK_REJECTION_REASONS)[number];

/** Outcome of {@link checkWebhookSignature}. */
export type WebhookSignatureCheck =
  { valid: true; publishedTimestamp: number } | { valid: false; reason: WebhookRejectionReason };

/** Options of {@link verifyWebhookSignature} and {@link checkWebhookSignature}. */
export interface VerifyWebhookOptions {
  /** The embedder's Weavr API key (the HMAC key). */
  apiKey: string;
  /** The webhook's request headers. */
  headers: WebhookHeaders;
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: ByteSource;
  /**
   * How far `published-timestamp` may be from `now`, either way (default 5 minutes). A whole
   * number from 0 to 24 hours; anything else (`NaN` from an unset variable, `Infinity`, a negative)
   * throws a {@link ServerConfigurationError} instead of turning the check off.
   */
  toleranceMs?: number;
  /** The current time in epoch milliseconds (default `Date.now()`). */
  now?: number;
  /**
   * Refuses a second delivery of the same signed webhook while it is fresh (see
   * {@link createReplayGuard}). Without it the check is stateless: a captured webhook verifies
   * again until its timestamp is stale.
   */
  replayGuard?: ReplayGuard;
}

const DEFAULT_TOLERANCE_MS = 5 * 60_000;
const MAX_TOLERANCE_MS = 24 * 60 * 60_000;

/** Options of {@link signWebhook}. */
export interface SignWebhookOptions {
  apiKey: string;
  body: ByteSource;
  /** Epoch milliseconds. */
  publishedTimestamp: number;
  callRef?: string;
}

/** The headers Weavr sends with a webhook (a type, so it fits {@link WebhookHeaders} as is). */
export type WebhookSignatureHeaders = {
  'published-timestamp': string;
  signature: string;
  'signature-v2': string;
  'call-ref'?: string;
};

/** Duck-typed, so that `Headers` from another realm or a polyfill also count. */
function isHeaders(headers: WebhookHeaders): headers is Headers {
  return typeof (headers as Partial<Headers>).get === 'function';
}

/** One header value; a repeated header counts as absent (which value was signed is unknowable). */
function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (isHeaders(headers)) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  if (typeof value === 'string') return value;
  return value?.length === 1 ? value[0] : undefined;
}

/** `signature` signs the timestamp; `signature-v2` signs call-ref + body + timestamp. */
async function expectedSignatures(
  apiKey: string,
  body: ByteSource,
  timestamp: string,
  callRef: string,
): Promise<{ v1: Uint8Array; v2: Uint8Array }> {
  const key = await hmacSha256Key(apiKey);
  const v2Message = concatBytes(toBytes(callRef), toBytes(body), toBytes(timestamp));
  const [v1, v2] = await Promise.all([hmacSha256(key, timestamp), hmacSha256(key, v2Message)]);
  return { v1, v2 };
}

/**
 * Only the canonical base64 of the expected bytes matches: padded, no whitespace, and unused low
 * bits of the last character zero. Several spellings of one signature would let a replay cache
 * keyed on the header be bypassed.
 */
function matchesSignature(expected: Uint8Array, received: string): boolean {
  const bytes = fromBase64(received);
  return bytes !== undefined && timingSafeEqual(expected, bytes) && toBase64(bytes) === received;
}

function checkedOptions(options: VerifyWebhookOptions) {
  const toleranceMs = wholeNumberOption(
    'toleranceMs',
    options.toleranceMs,
    DEFAULT_TOLERANCE_MS,
    0,
    MAX_TOLERANCE_MS,
  );
  const now = options.now ?? Date.now();
  if (!Number.isFinite(now)) {
    throw new ServerConfigurationError('now', `expected epoch milliseconds, got ${String(now)}`);
  }
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new ServerConfigurationError('apiKey', 'is required');
  }
  return { toleranceMs, now };
}

/**
 * Checks a Weavr webhook: `signature` = base64(HMAC-SHA256(apiKey, published-timestamp)) and
 * `signature-v2` = base64(HMAC-SHA256(apiKey, call-ref + body + published-timestamp)), both
 * compared in constant time in their canonical base64 only, and a `published-timestamp` within
 * `toleranceMs` of `now`. Stateless unless a `replayGuard` is given. Returns the reason on
 * failure, for logs; never tell the sender which check failed. Rejects with a
 * {@link ServerConfigurationError} when an option cannot work.
 */
export async function checkWebhookSignature(
  options: VerifyWebhookOptions,
): Promise<WebhookSignatureCheck> {
  const { toleranceMs, now } = checkedOptions(options);
  const { apiKey, headers, body, replayGuard } = options;
  const timestamp = headerValue(headers, 'published-timestamp');
  const signature = headerValue(headers, 'signature');
  const signatureV2 = headerValue(headers, 'signature-v2');
  if (timestamp === undefined || signature === undefined || signatureV2 === undefined) {
    return { valid: false, reason: 'missing-header' };
  }
  if (!/^\d{1,16}$/.test(timestamp)) return { valid: false, reason: 'invalid-timestamp' };
  const publishedTimestamp = Number(timestamp);
  if (Math.abs(now - publishedTimestamp) > toleranceMs) {
    return { valid: false, reason: 'stale-timestamp' };
  }

  const callRef = headerValue(headers, 'call-ref') ?? '';
  const expected = await expectedSignatures(apiKey, body, timestamp, callRef);
  if (!matchesSignature(expected.v1, signature))
    return { valid: false, reason: 'invalid-signature' };
  if (!matchesSignature(expected.v2, signatureV2)) {
    return { valid: false, reason: 'invalid-signature-v2' };
  }
  if (replayGuard) {
    const claim = replayGuard.claim(signatureV2, publishedTimestamp + toleranceMs, now);
    if (claim === 'replayed') return { valid: false, reason: 'replayed' };
    if (claim === 'full') return { valid: false, reason: 'replay-guard-full' };
  }
  return { valid: true, publishedTimestamp };
}

/**
 * `true` only for a webhook that passes every check of {@link checkWebhookSignature}.
 *
 * @example
 * if (!(await verifyWebhookSignature({ apiKey, headers: req.headers, body: rawBody }))) {
 *   return new Response(null, { status: 401 });
 * }
 */
export async function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<boolean> {
  return (await checkWebhookSignature(options)).valid;
}

/**
 * The signature headers Weavr would send with `body` at `publishedTimestamp`: for hosts' own
 * tests of their webhook endpoint, and for sandboxes.
 */
export async function signWebhook(options: SignWebhookOptions): Promise<WebhookSignatureHeaders> {
  const timestamp = String(options.publishedTimestamp);
  const callRef = options.callRef ?? '';
  const { v1, v2 } = await expectedSignatures(options.apiKey, options.body, timestamp, callRef);
  const headers: WebhookSignatureHeaders = {
    'published-timestamp': timestamp,
    signature: toBase64(v1),
    'signature-v2': toBase64(v2),
  };
  if (options.callRef !== undefined) headers['call-ref'] = options.callRef;
  return headers;
}

/** Options of {@link createWebhookVerifier}: everything but the request. */
export type WebhookVerifierOptions = Omit<VerifyWebhookOptions, 'headers' | 'body' | 'now'>;

/**
 * A webhook check with its options checked once, at creation: `toleranceMs: NaN` or a missing
 * key throws a {@link ServerConfigurationError} when the server starts, not at the first webhook.
 *
 * @example
 * const verify = createWebhookVerifier({ apiKey, replayGuard: createReplayGuard() });
 * const check = await verify(req.headers, rawBody);
 * if (!check.valid) return new Response(null, { status: 401 });
 */
export function createWebhookVerifier(
  options: WebhookVerifierOptions,
): (headers: WebhookHeaders, body: ByteSource, now?: number) => Promise<WebhookSignatureCheck> {
  checkedOptions({ ...options, headers: {}, body: '' });
  return (headers, body, now) => checkWebhookSignature({ ...options, headers, body, now });
}
