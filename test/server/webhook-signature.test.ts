import { expect } from '@open-wc/testing';
import {
  checkWebhookSignature,
  signWebhook,
  verifyWebhookSignature,
} from '../../src/server/index.js';

// Expected values computed independently with Node's crypto, e.g.
// node -e "console.log(require('crypto').createHmac('sha256', KEY).update(MSG).digest('base64'))"
const API_KEY = 'sk_test_4f2a9c';
const TIMESTAMP = 1_700_000_000_000;
const BODY =
  '{"type":"paymentRunWatch","payload":{"id":"65a1b2c3d4e5f60718293a4b","status":"QUEUED"}}';
const SIGNATURE = 'R/bbtoPJrRkBqkbOU795EfrsJnVSjtmN9361tMgk7Rg=';
const SIGNATURE_V2_WITH_CALL_REF = 'IKj5h1AcraQL/wkzZsOaOB3PUbfhHkY08B6b4EDhLUw='; // call-ref "call-42"
const SIGNATURE_V2_NO_CALL_REF = 'FrsheVjTwNdv7n+UzXuxFqAHAmCWd2Hix602F1S4NgU=';
const UTF8_BODY = '{"supplier":"Café £ Ltd"}';
const SIGNATURE_V2_UTF8 = 'fs25QZ5tXNeH+cDCZcpwkU1VljSMKauhAAjz1/Rw5tI=';

const signedHeaders = {
  'published-timestamp': String(TIMESTAMP),
  signature: SIGNATURE,
  'signature-v2': SIGNATURE_V2_WITH_CALL_REF,
  'call-ref': 'call-42',
};

function check(overrides: Partial<Parameters<typeof checkWebhookSignature>[0]> = {}) {
  return checkWebhookSignature({
    apiKey: API_KEY,
    headers: signedHeaders,
    body: BODY,
    now: TIMESTAMP + 1_000,
    ...overrides,
  });
}

describe('signWebhook', () => {
  it('produces the signatures the spec defines', async () => {
    expect(
      await signWebhook({
        apiKey: API_KEY,
        body: BODY,
        publishedTimestamp: TIMESTAMP,
        callRef: 'call-42',
      }),
    ).to.deep.equal(signedHeaders);
  });

  it('signs an empty call-ref when there is none, and omits the header', async () => {
    const headers = await signWebhook({
      apiKey: API_KEY,
      body: BODY,
      publishedTimestamp: TIMESTAMP,
    });
    expect(headers).to.deep.equal({
      'published-timestamp': String(TIMESTAMP),
      signature: SIGNATURE,
      'signature-v2': SIGNATURE_V2_NO_CALL_REF,
    });
  });

  it('signs the UTF-8 bytes of the body', async () => {
    const headers = await signWebhook({
      apiKey: API_KEY,
      body: UTF8_BODY,
      publishedTimestamp: TIMESTAMP,
    });
    expect(headers['signature-v2']).to.equal(SIGNATURE_V2_UTF8);
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts a webhook signed as the spec says, from a plain record', async () => {
    expect(await check()).to.deep.equal({ valid: true, publishedTimestamp: TIMESTAMP });
    expect(
      await verifyWebhookSignature({
        apiKey: API_KEY,
        headers: signedHeaders,
        body: BODY,
        now: TIMESTAMP,
      }),
    ).to.equal(true);
  });

  it('accepts Headers, any header case, Node-style arrays and a raw byte body', async () => {
    const headers = new Headers({
      'Published-Timestamp': String(TIMESTAMP),
      Signature: SIGNATURE,
      'Signature-V2': SIGNATURE_V2_UTF8,
    });
    const body = new TextEncoder().encode(UTF8_BODY);
    expect((await check({ headers, body })).valid).to.equal(true);
    expect((await check({ headers, body: body.buffer })).valid).to.equal(true);
    const nodeStyle = {
      'published-timestamp': [String(TIMESTAMP)],
      signature: SIGNATURE,
      'signature-v2': SIGNATURE_V2_NO_CALL_REF,
      'content-type': 'application/json',
    };
    expect((await check({ headers: nodeStyle })).valid).to.equal(true);
  });

  it('rejects a tampered body', async () => {
    const tampered = BODY.replace('QUEUED', 'COMPLETED');
    expect(await check({ body: tampered })).to.deep.equal({
      valid: false,
      reason: 'invalid-signature-v2',
    });
    expect(
      await verifyWebhookSignature({
        apiKey: API_KEY,
        headers: signedHeaders,
        body: tampered,
        now: TIMESTAMP,
      }),
    ).to.equal(false);
  });

  it('rejects a tampered timestamp or call-ref', async () => {
    const laterTimestamp = { ...signedHeaders, 'published-timestamp': String(TIMESTAMP + 1) };
    expect(await check({ headers: laterTimestamp })).to.deep.equal({
      valid: false,
      reason: 'invalid-signature',
    });
    const otherCallRef = { ...signedHeaders, 'call-ref': 'call-43' };
    expect(await check({ headers: otherCallRef })).to.deep.equal({
      valid: false,
      reason: 'invalid-signature-v2',
    });
  });

  it('rejects a signature made with another key', async () => {
    expect(await check({ apiKey: 'sk_test_other' })).to.deep.equal({
      valid: false,
      reason: 'invalid-signature',
    });
  });

  it('rejects a timestamp outside the tolerance, either way', async () => {
    const stale = { valid: false, reason: 'stale-timestamp' };
    expect(await check({ now: TIMESTAMP + 5 * 60_000 + 1 })).to.deep.equal(stale);
    expect(await check({ now: TIMESTAMP - 5 * 60_000 - 1 })).to.deep.equal(stale);
    expect((await check({ now: TIMESTAMP + 5 * 60_000 })).valid).to.equal(true);
    expect(await check({ now: TIMESTAMP + 2_000, toleranceMs: 1_000 })).to.deep.equal(stale);
  });

  it('rejects missing headers, a malformed timestamp and malformed signatures', async () => {
    const withoutSignature: Record<string, string> = { ...signedHeaders };
    delete withoutSignature.signature;
    expect(await check({ headers: withoutSignature })).to.deep.equal({
      valid: false,
      reason: 'missing-header',
    });
    const repeated = { ...signedHeaders, signature: [SIGNATURE, SIGNATURE] };
    expect((await check({ headers: repeated })).valid).to.equal(false);
    const decimal = { ...signedHeaders, 'published-timestamp': '1.7e12' };
    expect(await check({ headers: decimal })).to.deep.equal({
      valid: false,
      reason: 'invalid-timestamp',
    });
    for (const signature of ['', 'not base64!', SIGNATURE.slice(0, -4), `${SIGNATURE}AAAA`]) {
      const result = await check({ headers: { ...signedHeaders, signature } });
      expect(result, signature).to.deep.equal({ valid: false, reason: 'invalid-signature' });
    }
  });
});
