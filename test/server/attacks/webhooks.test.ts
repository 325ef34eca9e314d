/**
 * Proxy attack suite, webhooks: forged, stale, re-spelt and replayed deliveries, and options that
 * would silently turn a check off.
 */
import { expect } from '@open-wc/testing';
import {
  ServerConfigurationError,
  checkWebhookSignature,
  createReplayGuard,
  createWebhookVerifier,
  signWebhook,
} from '../../../src/server/index.js';
import type { VerifyWebhookOptions, WebhookSignatureHeaders } from '../../../src/server/index.js';

const API_KEY = 'sk_test_4f2a9c';
const NOW = 1_700_000_000_000;
const BODY = '{"type":"paymentRunWatch","payload":{"id":"65a1b2c3d4e5f60718293a4b"}}';

const signed = (publishedTimestamp = NOW, body = BODY, callRef = 'call-42') =>
  signWebhook({ apiKey: API_KEY, body, publishedTimestamp, callRef });

function check(
  headers: Partial<WebhookSignatureHeaders>,
  extra: Partial<VerifyWebhookOptions> = {},
) {
  return checkWebhookSignature({ apiKey: API_KEY, headers, body: BODY, now: NOW, ...extra });
}

/** Other spellings of the same bytes: the last character with different unused low bits. */
function respellings(signature: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const body = signature.replace(/=+$/, '');
  const padding = signature.length - body.length;
  const unusedBits = padding === 1 ? 2 : padding === 2 ? 4 : 0;
  const last = alphabet.indexOf(body.at(-1)!);
  const variants: string[] = [];
  for (let low = 1; low < 1 << unusedBits; low++) {
    variants.push(`${body.slice(0, -1)}${alphabet[last | low]}${'='.repeat(padding)}`);
  }
  return variants;
}

describe('webhook attacks: signatures', () => {
  it('accepts the genuine delivery (the baseline every attack is measured against)', async () => {
    expect(await check(await signed())).to.deep.equal({ valid: true, publishedTimestamp: NOW });
  });

  it('rejects a signature made with another key', async () => {
    const forged = await signWebhook({ apiKey: 'other', body: BODY, publishedTimestamp: NOW });
    expect((await check(forged)).valid).to.equal(false);
  });

  it('rejects a genuine signature-v2 moved to another body', async () => {
    const headers = await signed(NOW, '{"other":true}');
    expect(await check(headers)).to.deep.equal({ valid: false, reason: 'invalid-signature-v2' });
  });

  for (const field of ['signature', 'signature-v2'] as const) {
    it(`accepts only the canonical base64 of ${field}`, async () => {
      const headers = await signed();
      const variants = [
        ...respellings(headers[field]),
        headers[field].replace(/=+$/, ''),
        ` ${headers[field]}`,
        `${headers[field]}\n`,
        headers[field].replace(/\+/g, '-').replace(/\//g, '_'),
        `${headers[field]}=`,
      ].filter((variant) => variant !== headers[field]);
      expect(variants.length).to.be.at.least(5);
      for (const variant of variants) {
        const result = await check({ ...headers, [field]: variant });
        expect(result.valid, JSON.stringify(variant)).to.equal(false);
      }
    });
  }

  const staleBy = [5 * 60_000 + 1, -(5 * 60_000 + 1), 24 * 60 * 60_000, -NOW];
  for (const offset of staleBy) {
    it(`rejects a timestamp ${offset} ms away from now as stale`, async () => {
      const headers = await signed(NOW + offset);
      expect(await check(headers)).to.deep.equal({ valid: false, reason: 'stale-timestamp' });
    });
  }

  for (const timestamp of [
    '1.7e12',
    '-1',
    ' 1700000000000',
    '0x18BCFE56800',
    '99999999999999999',
  ]) {
    it(`rejects the timestamp ${JSON.stringify(timestamp)}`, async () => {
      const headers = { ...(await signed()), 'published-timestamp': timestamp };
      expect((await check(headers)).valid).to.equal(false);
    });
  }
});

describe('webhook attacks: options that would turn a check off', () => {
  const tolerances = [Number.NaN, Infinity, -1, -Infinity, 1.5, 25 * 60 * 60_000];
  for (const toleranceMs of tolerances) {
    it(`refuses toleranceMs: ${toleranceMs} with a ServerConfigurationError`, async () => {
      expect(() => createWebhookVerifier({ apiKey: API_KEY, toleranceMs })).to.throw(
        ServerConfigurationError,
        'toleranceMs',
      );
      const stale = await signed(NOW - 60 * 60_000);
      const error = await check(stale, { toleranceMs }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(ServerConfigurationError);
    });
  }

  it('refuses a missing key and a NaN clock', async () => {
    expect(() => createWebhookVerifier({ apiKey: '' })).to.throw(ServerConfigurationError);
    const headers = await signed();
    expect(await check(headers, { now: Number.NaN }).catch((e: unknown) => e)).to.be.instanceOf(
      ServerConfigurationError,
    );
  });

  for (const maxEntries of [0, -1, Number.NaN, 2.5]) {
    it(`refuses a replay guard with maxEntries: ${maxEntries}`, () => {
      expect(() => createReplayGuard({ maxEntries })).to.throw(ServerConfigurationError);
    });
  }
});

describe('webhook attacks: replays', () => {
  it('without a guard the check is stateless: the same delivery verifies twice', async () => {
    const headers = await signed();
    expect((await check(headers)).valid).to.equal(true);
    expect((await check(headers)).valid).to.equal(true);
  });

  it('with a guard, a second delivery of the same webhook is refused while it is fresh', async () => {
    const verify = createWebhookVerifier({ apiKey: API_KEY, replayGuard: createReplayGuard() });
    const headers = await signed();
    expect((await verify(headers, BODY, NOW)).valid).to.equal(true);
    expect(await verify(headers, BODY, NOW + 1000)).to.deep.equal({
      valid: false,
      reason: 'replayed',
    });
    // Re-spelt signatures no longer verify at all, so they cannot slip past the guard.
    for (const signature of respellings(headers['signature-v2'])) {
      expect((await verify({ ...headers, 'signature-v2': signature }, BODY, NOW)).valid).to.equal(
        false,
      );
    }
    // Once stale, the check itself refuses it.
    const later = await verify(headers, BODY, NOW + 5 * 60_000 + 1);
    expect(later).to.deep.equal({ valid: false, reason: 'stale-timestamp' });
  });

  it('a new delivery of the same event (new timestamp) is not a replay', async () => {
    const verify = createWebhookVerifier({ apiKey: API_KEY, replayGuard: createReplayGuard() });
    expect((await verify(await signed(NOW), BODY, NOW)).valid).to.equal(true);
    expect((await verify(await signed(NOW + 30_000), BODY, NOW + 30_000)).valid).to.equal(true);
  });

  it('keeps bounded memory: when full of fresh entries it refuses rather than forgets', async () => {
    const replayGuard = createReplayGuard({ maxEntries: 2 });
    const verify = createWebhookVerifier({ apiKey: API_KEY, replayGuard });
    const first = await signed(NOW);
    expect((await verify(first, BODY, NOW)).valid).to.equal(true);
    expect((await verify(await signed(NOW + 1), BODY, NOW + 1)).valid).to.equal(true);
    expect(await verify(await signed(NOW + 2), BODY, NOW + 2)).to.deep.equal({
      valid: false,
      reason: 'replay-guard-full',
    });
    expect(await verify(first, BODY, NOW + 3)).to.deep.equal({ valid: false, reason: 'replayed' });
    expect(replayGuard.size).to.equal(2);
    // After the window the old entries make room again.
    const late = NOW + 5 * 60_000 + 10;
    expect((await verify(await signed(late), BODY, late)).valid).to.equal(true);
    expect(replayGuard.size).to.equal(1);
  });
});
