import { fixture, html } from '@open-wc/testing';
import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import type { PaymentRun } from '../../src/api/schemas/payment-run.js';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import '../../src/payment-run-status.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';

export type User = 'creator' | 'controller';

export interface Harness extends SandboxSetup {
  /** Every request the elements' clients sent, as `METHOD path`. */
  requests: string[];
  /** The `idempotency-ref` of every state change sent, as `METHOD path ref`. */
  refs: string[];
  /** A client for `user` through the proxy that records requests. */
  client(user: User): PaymentRunClient;
  /** The seeded run in `status` (see src/sandbox/seed-runs.ts). */
  seeded(status: string): Promise<PaymentRun>;
  /** A new run of GBP payments, created by the creator and validated (PENDING_CONFIRMATION). */
  create(names?: string[], options?: { validate?: boolean }): Promise<PaymentRun>;
}

export function harness(): Harness {
  const setup = setupSandbox();
  const requests: string[] = [];
  const refs: string[] = [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}`);
    const ref = request.headers.get('idempotency-ref');
    if (ref) refs.push(`${request.method} ${url.pathname} ${ref}`);
    return setup.fetch(request);
  }) as typeof globalThis.fetch;
  const clients = new Map<User, PaymentRunClient>();
  const client = (user: User) => {
    let c = clients.get(user);
    if (!c) {
      const getToken = () => setup.sandbox.login(user);
      c = createPaymentRunClient({ apiBase: 'https://proxy.test', getToken, fetch, retries: 0 });
      clients.set(user, c);
    }
    return c;
  };
  return {
    ...setup,
    requests,
    refs,
    client,
    async seeded(status) {
      const page = await setup.clientFor('controller').listPaymentRuns({ limit: 100 });
      const run = page.paymentRuns.find((r) => r.status === status);
      if (!run) throw new Error(`no seeded run in ${status}`);
      return run;
    },
    async create(names = ['Acme Office Supplies Ltd', 'Bright Cleaning Co'], options = {}) {
      const run = await setup.clientFor('creator').createPaymentRun({
        description: 'Test suppliers',
        tag: 'test',
        payments: names.map((name, i) => ({
          paymentAmount: { currency: 'GBP', amount: 10_000 * (i + 1) },
          reference: `INV-${9000 + i}`,
          supplier: {
            name,
            type: 'BUSINESS',
            bankAccountDetails: {
              accountNumber: String(12345670 + i).padStart(8, '0'),
              sortCode: '123456',
            },
          },
        })),
      });
      if (options.validate === false) return run;
      await setup.sandbox.advance(2000);
      return setup.clientFor('creator').getPaymentRun(run.id);
    },
  };
}

/** A `<payment-run-status>` loading `run` as `user`, polling off unless asked. */
export async function mount(
  h: Harness,
  run: PaymentRun | string,
  options: { user?: User; roles?: string; pollInterval?: number; sandbox?: boolean } = {},
): Promise<PaymentRunStatusElement> {
  const id = typeof run === 'string' ? run : run.id;
  const el = await fixture<PaymentRunStatusElement>(
    html`<payment-run-status
      payment-run-id=${id}
      roles=${options.roles ?? ''}
      poll-interval=${options.pollInterval ?? 0}
      ?sandbox=${options.sandbox}
      .client=${h.client(options.user ?? 'controller')}
    ></payment-run-status>`,
  );
  await until(() => !!el.paymentRun);
  await el.updateComplete;
  return el;
}

/** Waits until `check()` is true (checked every few ms, up to `timeout`). */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const root = (el: PaymentRunStatusElement) => el.shadowRoot!;
export const textOf = (el: PaymentRunStatusElement) =>
  root(el).textContent.replace(/\s+/g, ' ').trim();

/** The action buttons, by action, with whether each is enabled. */
export function actionsOf(el: PaymentRunStatusElement): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const b of root(el).querySelectorAll<HTMLButtonElement>('[part="actions"] button')) {
    result[b.dataset.action!] = b.getAttribute('aria-disabled') !== 'true';
  }
  return result;
}

export const button = (el: PaymentRunStatusElement, action: string) =>
  root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

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
