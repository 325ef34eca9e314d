import { fixture, html } from '@open-wc/testing';
import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import '../../src/payment-run-list.js';
import type { PaymentRunListElement } from '../../src/payment-run-list.js';
import type { SandboxOptions } from '../../src/sandbox/index.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';

export interface ListHarness extends SandboxSetup {
  /** Every list request, as its URL's search string (`?limit=20&offset=0`). */
  queries: string[];
  /** The abort signals of the list requests, in order. */
  signals: AbortSignal[];
  client: PaymentRunClient;
}

export function listHarness(options: SandboxOptions = {}): ListHarness {
  const setup = setupSandbox(options);
  const queries: string[] = [];
  const signals: AbortSignal[] = [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/v1/payment_runs') {
      queries.push(url.search);
      signals.push(request.signal);
    }
    return setup.fetch(request);
  }) as typeof globalThis.fetch;
  const client = createPaymentRunClient({
    apiBase: 'https://proxy.test',
    getToken: () => setup.sandbox.login('controller'),
    fetch,
    retries: 0,
  });
  return { ...setup, queries, signals, client };
}

/** Waits until `check()` is true (checked every few ms, up to `timeout`). */
export async function until(check: () => boolean, timeout = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const root = (el: PaymentRunListElement) => el.shadowRoot!;
export const textOf = (el: Element | ShadowRoot) =>
  (el.textContent ?? '').replace(/\s+/g, ' ').trim();
export const rowsOf = (el: PaymentRunListElement) => [
  ...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
export const namesOf = (el: PaymentRunListElement) =>
  rowsOf(el).map((r) => textOf(r.querySelector('.open')!));
export const showing = (el: PaymentRunListElement) =>
  textOf(root(el).querySelector('.showing') ?? document.createElement('i'));

/** Settled: no read in progress, and rendered. */
export async function settled(el: PaymentRunListElement): Promise<void> {
  await until(() => !el.matches(':state(loading)'));
  await el.updateComplete;
}

/** A `<payment-run-list>` on `h`'s client, polling off unless asked, loaded. */
export async function mountList(
  h: ListHarness,
  attrs: { roles?: string; status?: string; limit?: number; locale?: string; poll?: number } = {},
): Promise<PaymentRunListElement> {
  const el = await fixture<PaymentRunListElement>(
    html`<payment-run-list
      roles=${attrs.roles ?? ''}
      status=${attrs.status ?? ''}
      limit=${attrs.limit ?? 20}
      locale=${attrs.locale ?? 'en-GB'}
      poll-interval=${attrs.poll ?? 0}
      .client=${h.client}
    ></payment-run-list>`,
  );
  await settled(el);
  return el;
}

/** The next `type` event from `target`, typed from `HTMLElementEventMap`. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as HTMLElementEventMap[K]), {
      once: true,
    }),
  );
}
