import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PaymentRunClient } from '../src/api/client.js';
import type { PaymentCreate } from '../src/api/schemas/payment-run.js';
import { listStringsDe } from '../src/components/payment-run-list/strings.de.js';
import { apiStringsDe } from '../src/i18n/locales/api.de.js';
import { registerStrings } from '../src/i18n/translate.js';
import '../src/payment-run-list.js';
import type { PaymentRunListElement } from '../src/payment-run-list.js';
import type { FaultRule, SandboxOptions } from '../src/sandbox/index.js';
import { setupSandbox } from '../test/helpers/sandbox.js';

registerStrings('de', { ...apiStringsDe, ...listStringsDe });

interface Loaded {
  client: PaymentRunClient;
  /** The next list call answers 500. */
  failNext: () => void;
}

/** The seeded sandbox (runs in every status), with `faults` on the list call. */
function sandbox(options: SandboxOptions = {}, faults: FaultRule[] = []): Loaded {
  const setup = setupSandbox(options);
  for (const fault of faults) setup.sandbox.faults.add({ path: '/v1/payment_runs', ...fault });
  const failNext = () => {
    // The client retries a failed read once: both attempts fail.
    setup.sandbox.faults.add({ path: '/v1/payment_runs', status: 500, times: 2 });
  };
  return { client: setup.clientFor('controller'), failNext };
}

const gbp = (i: number): PaymentCreate => ({
  paymentAmount: { currency: 'GBP', amount: 1_000 + i * 37 },
  reference: `INV-${10_000 + i}`,
  supplier: {
    name: `Supplier ${i} Ltd`,
    type: 'BUSINESS',
    bankAccountDetails: { accountNumber: String(30_000_000 + i), sortCode: '400515' },
  },
});

/** `count` runs of a few payments each, created by the creator. */
async function many(count: number): Promise<Loaded> {
  const setup = setupSandbox({ seed: false });
  const creator = setup.clientFor('creator');
  for (let i = 0; i < count; i++) {
    await creator.createPaymentRun({
      description: `Suppliers, batch ${i + 1}`,
      tag: i % 3 ? 'monthly' : 'weekly',
      payments: [gbp(i), gbp(i + 1)],
    });
  }
  await setup.sandbox.advance(2_000);
  return { client: setup.clientFor('controller'), failNext: () => undefined };
}

const shadow = (canvas: HTMLElement) =>
  canvas.querySelector<PaymentRunListElement>('payment-run-list')!.shadowRoot!;
const text = (canvas: HTMLElement, selector: string) =>
  shadow(canvas).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

interface Args {
  roles?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  status?: string;
  limit: number;
  'poll-interval': number;
  onSelect: () => void;
  onChange: () => void;
  onError: () => void;
}

const meta: Meta<Args> = {
  title: 'Elements/payment-run-list',
  component: 'payment-run-list',
  args: {
    roles: 'CONTROLLER',
    locale: 'en-GB',
    limit: 20,
    'poll-interval': 5000,
    onSelect: fn(),
    onChange: fn(),
    onError: fn(),
  },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [() => sandbox()],
  render: (args, { loaded }) => {
    const { client } = loaded as Loaded;
    return html`<payment-run-list
      .client=${client}
      roles=${args.roles ?? ''}
      locale=${args.locale ?? ''}
      theme=${args.theme ?? 'light'}
      status=${args.status ?? ''}
      limit=${args.limit}
      poll-interval=${args['poll-interval']}
      @payment-run-select=${args.onSelect}
      @payment-run-list-change=${args.onChange}
      @payment-run-error=${args.onError}
      ><a slot="empty" href="#create">Create your first payment run</a></payment-run-list
    >`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const shows = (selector: string, expected: string | RegExp) =>
  (async ({ canvasElement }) => {
    await waitFor(() => expect(text(canvasElement, selector)).toMatch(expected), {
      timeout: 5000,
    });
  }) satisfies Story['play'];

/** The seeded runs, one in every status, as a controller sees them. */
export const Loaded: Story = { play: shows('.showing', /^Showing 1–\d+ of \d+$/) };

/** While the first page loads. */
export const Loading: Story = {
  loaders: [() => sandbox({}, [{ latencyMs: 600_000 }])],
  play: shows('[part="skeleton"]', 'Loading payment runs…'),
};

/** No run yet: the host's call to action in the `empty` slot. */
export const Empty: Story = {
  loaders: [() => sandbox({ seed: false })],
  play: shows('[part="empty"]', 'No payment runs yet'),
};

/** Filters that match nothing, with "Clear filters". */
export const NoMatch: Story = {
  args: { status: 'INVALID' },
  loaders: [() => sandbox({ seed: false })],
  play: shows('.message p', 'No payment runs match these filters.'),
};

/** Preset to the runs awaiting the user: `status="PENDING_CONFIRMATION"`. */
export const AwaitingConfirmation: Story = {
  args: { status: 'PENDING_CONFIRMATION' },
  play: shows('tbody .col-needs', /Awaiting your confirmation/),
};

/** The first page fails: the error with Retry. */
export const Failed: Story = {
  loaders: [() => sandbox({}, [{ status: 503 }])],
  play: shows('[role="alert"]', /unavailable right now/),
};

/** The user's role may not list runs (403): a plain message. */
export const Forbidden: Story = {
  loaders: [
    () =>
      sandbox({}, [
        {
          status: 403,
          body: '{"errorCode":"INSUFFICIENT_PERMISSIONS"}',
          headers: { 'content-type': 'application/json' },
        },
      ]),
  ],
  play: shows('.alert', /You do not have access to payment runs/),
};

/** The next page fails while the first stays shown. */
export const PageFailed: Story = {
  args: { limit: 3 },
  play: async ({ canvasElement, loaded }) => {
    await shows('.showing', /^Showing 1–3/)({ canvasElement } as never);
    (loaded as Loaded).failNext();
    const next = shadow(canvasElement).querySelectorAll<HTMLButtonElement>('.pager button')[1];
    await userEvent.click(next);
    await shows('[role="alert"]', /could not be loaded/)({ canvasElement } as never);
  },
};

/** 1000 runs, 20 a page: next, previous, "Showing 21–40 of 1000". */
export const ManyRunsPaged: Story = {
  loaders: [() => many(1000)],
  play: async ({ canvasElement }) => {
    await shows('.showing', 'Showing 1–20 of 1,000')({ canvasElement } as never);
    const next = shadow(canvasElement).querySelectorAll<HTMLButtonElement>('.pager button')[1];
    await userEvent.click(next);
    await shows('.showing', 'Showing 21–40 of 1,000')({ canvasElement } as never);
  },
};

/** German: words, money and dates. */
export const German: Story = {
  args: { locale: 'de' },
  play: shows('.showing', /^1–\d+ von \d+$/),
};

/** The dark palette. */
export const Dark: Story = { args: { theme: 'dark' } };

/** In a 320 px sidebar: one card per run. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
