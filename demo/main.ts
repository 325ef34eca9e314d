/**
 * The demo marketplace page. Everything the page does goes through what a host would use: the
 * library's client (through the host's proxy, with the host's token endpoint), the elements'
 * events, and webhooks relayed by the host's server.
 */
import { createPaymentRunClient } from '../src/api/index.js';
import type { PaymentRun } from '../src/api/index.js';
import { ELEMENT_EVENTS } from './element-events.js';
import { EventLog, summarise, summariseWebhook } from './event-log.js';
import { RunsList } from './runs-list.js';

const ROLE_HINTS = {
  creator: 'Signed in as the Creator: builds payment runs and edits suppliers.',
  controller: 'Signed in as the Controller: confirms, authorises (SCA) and funds payment runs.',
} as const;
type DemoUser = keyof typeof ROLE_HINTS;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

const client = createPaymentRunClient({ apiBase: '/api', tokenEndpoint: '/demo/token' });
const log = new EventLog(byId<HTMLOListElement>('log'));
const runs = new RunsList(client, {
  table: byId<HTMLTableElement>('runs-table'),
  body: byId<HTMLTableSectionElement>('runs-body'),
  status: byId('runs-status'),
});

function logElementEvents(): void {
  for (const name of ELEMENT_EVENTS) {
    document.addEventListener(name, (event) => {
      const source = event.composedPath()[0];
      log.add({
        source: source instanceof Element ? source.localName : 'page',
        name,
        summary: summarise((event as CustomEvent<unknown>).detail),
        prevented: event.defaultPrevented,
      });
    });
  }
}

/** A pushed run goes straight into any <payment-run-status> showing it (once that element exists). */
function applyToStatusElements(run: PaymentRun): void {
  for (const element of document.querySelectorAll('payment-run-status')) {
    const status = element as Element & {
      paymentRunId?: string;
      applyUpdate?: (run: PaymentRun) => void;
    };
    if (status.paymentRunId === run.id) status.applyUpdate?.(run);
  }
}

function relayWebhooks(): void {
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const events = new EventSource('/demo/events');
  events.addEventListener('message', (message: MessageEvent<string>) => {
    const webhook = JSON.parse(message.data) as { type: string; payload?: unknown };
    log.add({
      source: 'webhook',
      name: webhook.type,
      summary: summariseWebhook(webhook.type, webhook.payload),
    });
    if (webhook.type !== 'paymentRunWatch') return;
    applyToStatusElements(webhook.payload as PaymentRun);
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void runs.refresh(), 250);
  });
}

async function setUpUserSwitch(): Promise<void> {
  const form = byId<HTMLFormElement>('user-switch');
  const hint = byId('role-hint');
  const response = await fetch('/demo/user');
  const { user } = (await response.json()) as { user: DemoUser };
  const current = form.querySelector<HTMLInputElement>(`input[value="${user}"]`);
  if (current) current.checked = true;
  hint.textContent = ROLE_HINTS[user];
  form.addEventListener('change', (event) => {
    const chosen = (event.target as HTMLInputElement).value as DemoUser;
    // The client holds the previous user's token in memory: a fresh page starts clean.
    void fetch('/demo/user', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: chosen }),
    }).then(() => location.reload());
  });
}

logElementEvents();
relayWebhooks();
byId('refresh-runs').addEventListener('click', () => void runs.refresh());
byId('clear-log').addEventListener('click', () => log.clear());
void setUpUserSwitch();
void runs.refresh();
