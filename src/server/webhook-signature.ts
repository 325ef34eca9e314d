import type { ByteSource } from './hmac.js';
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
  /** How far `published-timestamp` may be from `now`, either way (default 5 minutes). */
  toleranceMs?: number;
  /** The current time in epoch milliseconds (default `Date.now()`). */
  now?: number;
}

/** Options of {@link signWebhook}. */
export interface SignWebhookOptions {
  apiKey: string;
  body: ByteSource;
  /** Epoch milliseconds. */
  publishedTimestamp: number;
  callRef?: string;
}

/** The headers Weavr sends with a webhook. */
export interface WebhookSignatureHeaders {
  'published-timestamp': string;
  signature: string;
  'signature-v2': string;
  'call-ref'?: string;
}

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

function matchesSignature(expected: Uint8Array, received: string): boolean {
  const bytes = fromBase64(received.trim());
  return bytes !== undefined && timingSafeEqual(expected, bytes);
}

/**
 * Checks a Weavr webhook: `signature` = base64(HMAC-SHA256(apiKey, published-timestamp)) and
 * `signature-v2` = base64(HMAC-SHA256(apiKey, call-ref + body + published-timestamp)), both
 * compared in constant time, and a `published-timestamp` within `toleranceMs` of `now`.
 * Returns the reason on failure, for logs; never tell the sender which check failed.
 */
export async function checkWebhookSignature(
  options: VerifyWebhookOptions,
): Promise<WebhookSignatureCheck> {
  const { apiKey, headers, body, toleranceMs = 5 * 60_000, now = Date.now() } = options;
  const timestamp = headerValue(headers, 'published-timestamp');
  const signature = headerValue(headers, 'signature');
  const signatureV2 = headerValue(headers, 'signature-v2');
  if (!apiKey || timestamp === undefined || signature === undefined || signatureV2 === undefined) {
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
