/** HMAC-SHA256 and the byte helpers around it, on Web Crypto only (Node 20, Deno, browsers). */

const encoder = new TextEncoder();

/** Raw bytes to sign: a string is taken as UTF-8. */
export type ByteSource = string | ArrayBuffer | ArrayBufferView;

export function toBytes(source: ByteSource): Uint8Array<ArrayBuffer> {
  if (typeof source === 'string') return encoder.encode(source);
  if (source instanceof ArrayBuffer) return new Uint8Array(source.slice(0));
  const view = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return new Uint8Array(view);
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

export function hmacSha256Key(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

export async function hmacSha256(key: CryptoKey, message: ByteSource): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, toBytes(message)));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Strict base64 (standard alphabet, optional padding); `undefined` when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * Compares without an early exit, so the time taken does not reveal how many leading bytes of
 * a forged signature were right. `expected` sets the loop length (a digest: public length).
 */
export function timingSafeEqual(expected: Uint8Array, actual: Uint8Array): boolean {
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) {
    difference |= expected[i] ^ (actual[i] ?? 0);
  }
  return difference === 0;
}
