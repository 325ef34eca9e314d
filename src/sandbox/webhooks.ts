/**
 * Webhook emission. Events are signed asynchronously (Web Crypto) but delivered strictly in the
 * order they were emitted; `settle()` lets a request or `advance` finish only once its events
 * are out, so a test that awaits a call can assert on the webhooks it caused.
 */
import { signWebhook } from './hmac.js';
import type { Ids } from './ids.js';
import type { SandboxWebhook } from './types.js';

export type WebhookListener = (event: SandboxWebhook) => void;

export class Webhooks {
  /** While true (seeding), nothing is emitted: no one could have subscribed yet. */
  muted = false;
  #listeners = new Set<WebhookListener>();
  #tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly apiKey: string,
    private readonly clock: { now(): number },
    private readonly ids: Ids,
  ) {}

  on(listener: WebhookListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(type: string, payload: unknown): void {
    if (this.muted) return;
    const body = JSON.stringify({ type, payload });
    const publishedTimestamp = this.clock.now();
    const callRef = this.ids.opaque('WH');
    const signing = signWebhook(this.apiKey, callRef, body, publishedTimestamp);
    this.#tail = this.#tail.then(async () => {
      const { signature, signatureV2 } = await signing;
      const event: SandboxWebhook = {
        type,
        body,
        headers: {
          'content-type': 'application/json',
          'call-ref': callRef,
          'published-timestamp': String(publishedTimestamp),
          signature,
          'signature-v2': signatureV2,
        },
      };
      for (const listener of [...this.#listeners]) {
        try {
          listener(event);
        } catch {
          // A failing listener is the host's bug; it must not break the sandbox's own state.
        }
      }
    });
  }

  /** Resolves once every event emitted so far has been delivered. */
  settle(): Promise<void> {
    return this.#tail;
  }
}
