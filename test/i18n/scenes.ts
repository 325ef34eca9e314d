/**
 * Each element rendered in the states a user meets, against the sandbox, for the language tests:
 * `visit(state, element)` is called once per state with the element loaded.
 */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import { COP_REASON_CODES } from '../../src/api/enums.js';
import '../../src/cop-result-badge.js';
import '../../src/funding-instructions.js';
import '../../src/payment-run-builder.js';
import '../../src/payment-run-status.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import { ApiData } from './rendered-text.js';

export type Visit = (state: string, element: HTMLElement) => void;
type User = 'creator' | 'controller';

/** How to render: the locale, the host's `strings`, and the sandbox whose answers are recorded. */
export interface Stage {
  locale: string;
  strings?: Readonly<Record<string, string>>;
  data: ApiData;
  setup: SandboxSetup;
  client(user: User): PaymentRunClient;
}

export function stage(locale: string, strings?: Readonly<Record<string, string>>): Stage {
  const setup = setupSandbox();
  const data = new ApiData();
  const fetch = data.recording(setup.fetch);
  const clients = new Map<User, PaymentRunClient>();
  const client = (user: User) => {
    const getToken = () => setup.sandbox.login(user);
    if (!clients.has(user)) {
      clients.set(
        user,
        createPaymentRunClient({ apiBase: 'https://proxy.test', getToken, fetch, retries: 0 }),
      );
    }
    return clients.get(user)!;
  };
  return { locale, strings, data, setup, client };
}

/** The seeded runs by status (see docs/sandbox.md). */
async function seededRuns(s: Stage): Promise<Map<string, string>> {
  const page = await s.client('controller').listPaymentRuns({ limit: 100 });
  return new Map(page.paymentRuns.map((run) => [run.status, run.id]));
}

export async function until(check: () => boolean, message: string, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function loaded<T extends HTMLElement>(
  template: ReturnType<typeof html>,
  ready: (el: T) => boolean,
  state: string,
): Promise<T> {
  const el = await fixture<T>(template);
  await until(() => ready(el), `${state} did not render`);
  await (el as unknown as LitElement).updateComplete;
  return el;
}

/** Statuses whose actions a creator may not take, so they show the role's reason. */
const ROLE_REASONS = ['PENDING_CONFIRMATION', 'SCA_FAILED', 'PENDING_FUNDING'];

/** Every seeded status as a controller, and as a creator where actions show a reason. */
export async function statusScenes(s: Stage, visit: Visit, statuses?: string[]): Promise<void> {
  const runs = await seededRuns(s);
  for (const [status, id] of runs) {
    if (statuses && !statuses.includes(status)) continue;
    for (const roles of ROLE_REASONS.includes(status) ? ['', 'CREATOR'] : ['']) {
      const state = `${status}${roles && ` as ${roles}`}`;
      const el = await loaded<HTMLElement & { paymentRun?: unknown }>(
        html`<payment-run-status
          payment-run-id=${id}
          locale=${s.locale}
          roles=${roles}
          poll-interval="0"
          .client=${s.client('controller')}
          .strings=${s.strings}
        ></payment-run-status>`,
        (e) => !!e.paymentRun && !e.shadowRoot!.querySelector('.skeleton'),
        state,
      );
      visit(state, el);
      fixtureCleanup(); // one element at a time keeps the page light
    }
  }
}

/** Not ready, choosing accounts, paying groups and cancelled; as a controller and a creator. */
export async function fundingScenes(s: Stage, visit: Visit): Promise<void> {
  const runs = await seededRuns(s);
  for (const status of ['PENDING_CONFIRMATION', 'PENDING_FUNDING', 'EXECUTING', 'CANCELLED']) {
    for (const user of ['controller', 'creator'] as const) {
      const state = `${status} as ${user}`;
      const el = await loaded<HTMLElement>(
        html`<funding-instructions
          payment-run-id=${runs.get(status)!}
          locale=${s.locale}
          poll-interval="0"
          sandbox
          .client=${s.client(user)}
          .strings=${s.strings}
        ></funding-instructions>`,
        (e) => !e.matches(':state(loading)') && !e.shadowRoot!.querySelector('.skeleton'),
        state,
      );
      visit(state, el);
      fixtureCleanup(); // one element at a time keeps the page light
    }
  }
}

type Builder = HTMLElement & {
  submit(): Promise<unknown>;
  importText(text: string): Promise<void>;
  updateComplete: Promise<boolean>;
};

/** Empty, invalid after a submit, the import preview, and the created run. */
export async function builderScenes(s: Stage, visit: Visit): Promise<void> {
  const mount = () =>
    fixture<Builder>(
      html`<payment-run-builder
        locale=${s.locale}
        currencies="GBP EUR"
        .client=${s.client('creator')}
        .strings=${s.strings}
      ></payment-run-builder>`,
    );

  s.data.add(['GBP', 'EUR']); // the host's `currencies`, shown as ISO codes
  const el = await mount();
  visit('empty', el);

  await fillRow(el, { name: "O'Brien", sortCode: '12', amount: 'abc', accountNumber: '12ab' });
  await el.submit();
  await el.updateComplete;
  visit('invalid, after submit', el);

  const pasted = 'Supplier name\tAmount\nNorth Ltd\t12.50\nSouth Ltd\tx';
  s.data.add(pasted); // what the user pasted is shown back as data
  await el.importText(pasted);
  await el.updateComplete;
  visit('import preview', el);

  const created = await mount();
  await fillRow(created, {
    name: 'Acme Supplies Ltd',
    type: 'BUSINESS',
    accountNumber: '12345678',
    sortCode: '12-34-56',
    amount: new Intl.NumberFormat(s.locale, { minimumFractionDigits: 2 }).format(1234.5),
    reference: 'INV-1001',
  });
  await created.submit();
  await until(() => !!created.shadowRoot!.querySelector('[part="success"]'), 'not created');
  await created.updateComplete;
  visit('created', created);
}

/** Every verdict and reason code, full and compact. */
export async function copScenes(s: Stage, visit: Visit): Promise<void> {
  const outcomes: { match?: string; reasonCode?: string; accountName?: string }[] = [
    { match: 'EXACT_MATCH' },
    { match: 'CLOSE_MATCH', reasonCode: 'MBAM', accountName: 'Blue Ltd Limited' },
    { match: 'NO_MATCH', reasonCode: 'ANNM' },
    ...COP_REASON_CODES.map((reasonCode) => ({ reasonCode })),
    {},
  ];
  for (const outcome of outcomes) {
    s.data.add(outcome);
    for (const variant of ['full', 'compact']) {
      const el = await loaded<HTMLElement>(
        html`<cop-result-badge
          variant=${variant}
          payment-id="p-1"
          locale=${s.locale}
          match=${outcome.match ?? ''}
          reason-code=${outcome.reasonCode ?? ''}
          account-name=${outcome.accountName ?? ''}
          .strings=${s.strings}
        ></cop-result-badge>`,
        (badge) => !!badge.shadowRoot?.firstElementChild,
        JSON.stringify(outcome),
      );
      visit(`${JSON.stringify(outcome)} ${variant}`, el);
    }
  }
}

/** Types into the builder's first row as a user would, leaving each field. */
async function fillRow(el: Builder, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = el
      .shadowRoot!.querySelector('.row')!
      .querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}
