/**
 * Relays the sandbox's webhooks to open pages as server-sent events, after the same signature
 * check a host runs on Weavr's webhooks. One `data:` line of JSON `{ type, payload }` per event.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkWebhookSignature } from '../../src/server/index.js';

/** What the sandbox hands to a webhook listener: what Weavr would POST to the host. */
export interface WebhookDelivery {
  type: string;
  headers: Record<string, string>;
  body: string;
}

const HEARTBEAT_MS = 15_000;

export class WebhookRelay {
  readonly #clients = new Set<ServerResponse>();

  constructor(
    private readonly apiKey: string,
    /** The receiver's clock: the sandbox's, which the demo may move ahead of the wall clock. */
    private readonly now: () => number,
  ) {}

  /** `GET /demo/events`: keeps the response open as an event stream. */
  subscribe(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.#clients.add(res);
    req.once('close', () => {
      clearInterval(heartbeat);
      this.#clients.delete(res);
    });
  }

  /** Checks one webhook and, when genuine, sends it to every open page. */
  async deliver(webhook: WebhookDelivery): Promise<void> {
    const check = await checkWebhookSignature({
      apiKey: this.apiKey,
      headers: webhook.headers,
      body: webhook.body,
      now: this.now(),
    });
    if (!check.valid) {
      console.warn(`[demo] dropped a ${webhook.type} webhook: ${check.reason}`);
      return;
    }
    let event: { type?: unknown; payload?: unknown };
    try {
      event = JSON.parse(webhook.body) as typeof event;
    } catch {
      console.warn(`[demo] dropped a ${webhook.type} webhook: body is not JSON`);
      return;
    }
    const line = `data: ${JSON.stringify({ type: event.type ?? webhook.type, payload: event.payload })}\n\n`;
    for (const client of this.#clients) client.write(line);
  }

  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
