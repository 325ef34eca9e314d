/**
 * Webhook signatures as the spec defines them, with Web Crypto so the sandbox runs anywhere:
 * `signature` = base64(HMAC-SHA256(apiKey, publishedTimestamp)),
 * `signature-v2` = base64(HMAC-SHA256(apiKey, callRef + rawBody + publishedTimestamp)).
 */

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function importKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keys.set(secret, key);
  }
  return key;
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** base64(HMAC-SHA256(key = secret, message)). */
export async function hmacSha256Base64(secret: string, message: string): Promise<string> {
  const key = await importKey(secret);
  return toBase64(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

/** The `signature` and `signature-v2` headers of one webhook. */
export async function signWebhook(
  apiKey: string,
  callRef: string,
  body: string,
  publishedTimestamp: number,
): Promise<{ signature: string; signatureV2: string }> {
  const timestamp = String(publishedTimestamp);
  const [signature, signatureV2] = await Promise.all([
    hmacSha256Base64(apiKey, timestamp),
    hmacSha256Base64(apiKey, callRef + body + timestamp),
  ]);
  return { signature, signatureV2 };
}
