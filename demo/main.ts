/**
 * The demo marketplace page. Everything the page does goes through what a host would use: the
 * library's client (through the host's proxy, with the host's token endpoint), the elements'
 * events, and webhooks relayed by the host's server.
 */
import '../src/index.js';
import { configure } from '../src/index.js';
import type { PaymentRun } from '../src/api/index.js';
import { ELEMENT_EVENTS } from './element-events.js';
import { EventLog, summarise, summariseWebhook } from './event-log.js';
import { listStateFromUrl, writeListStateToUrl } from './list-url.js';

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

// The page-wide default every element falls back to.
configure({ apiBase: '/api', tokenEndpoint: '/demo/token' });
const ROLES: Record<DemoUser, string> = { creator: 'CREATOR', controller: 'CONTROLLER' };
const log = new EventLog(byId<HTMLOListElement>('log'));
const list = document.querySelector('payment-run-list')!;

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

/** A pushed run goes straight into the elements showing it, so they need not wait for a poll. */
function applyToElements(run: PaymentRun): void {
  const elements = [
    ...document.querySelectorAll('payment-run-status'),
    ...document.querySelectorAll('funding-instructions'),
  ];
  for (const element of elements) {
    if (element.paymentRunId === run.id) element.applyUpdate(run);
  }
  list.applyUpdate(run);
}

/** Shows one run below the list: its status for everyone, its funding for the Controller. */
function showRun(id: string | undefined, user: DemoUser): void {
  if (!id) return;
  list.selectedId = id;
  byId('status-section').hidden = false;
  document.querySelector('payment-run-status')!.paymentRunId = id;
  // Only the Controller funds: the Creator's page does not even load the linked accounts.
  byId('funding-section').hidden = user !== 'controller';
  if (user === 'controller') document.querySelector('funding-instructions')!.paymentRunId = id;
}

const runFromHash = () => /^#run=([0-9a-f]{24})$/.exec(location.hash)?.[1];

/** The Creator's builder, the run shown (kept in the URL across the user switch), the roles. */
function setUpElements(user: DemoUser): void {
  byId('builder-section').hidden = user !== 'creator';
  list.setAttribute('roles', ROLES[user]);
  // The page keeps the list's filters, page and sort in its URL, and opens runs itself.
  list.state = listStateFromUrl(list.state);
  list.addEventListener('payment-run-list-change', (event) =>
    writeListStateToUrl(event.detail.state),
  );
  list.addEventListener('payment-run-select', (event) => {
    event.preventDefault();
    // The demo lists Weavr runs only, so the run is a Weavr `PaymentRun`.
    location.hash = `run=${(event.detail.paymentRun as PaymentRun).id}`;
  });
  document.querySelector('payment-run-status')!.setAttribute('roles', ROLES[user]);
  document.querySelector('funding-instructions')!.setAttribute('roles', ROLES[user]);
  document
    .querySelector('payment-run-builder')!
    .addEventListener('payment-run-created', (event) => {
      location.hash = `run=${event.detail.paymentRun.id}`;
      void list.refresh();
    });
  window.addEventListener('hashchange', () => showRun(runFromHash(), user));
  showRun(runFromHash(), user);
}

function relayWebhooks(): void {
  const events = new EventSource('/demo/events');
  events.addEventListener('message', (message: MessageEvent<string>) => {
    const webhook = JSON.parse(message.data) as { type: string; payload?: unknown };
    log.add({
      source: 'webhook',
      name: webhook.type,
      summary: summariseWebhook(webhook.type, webhook.payload),
    });
    if (webhook.type !== 'paymentRunWatch') return;
    applyToElements(webhook.payload as PaymentRun);
  });
}

async function setUpUserSwitch(): Promise<DemoUser> {
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
  return user;
}

logElementEvents();
relayWebhooks();
byId('refresh-runs').addEventListener('click', () => void list.refresh());
byId('clear-log').addEventListener('click', () => log.clear());
void setUpUserSwitch().then(setUpElements);
