import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PaymentRunClient } from '../src/api/client.js';
import type { PaymentCreate } from '../src/api/schemas/payment-run.js';
import { simulateScaChallenge, simulateScaVerify } from '../src/api/simulate.js';
import { fundingStringsDe } from '../src/components/funding-instructions/strings.de.js';
import '../src/funding-instructions.js';
import type { FundingInstructionsElement } from '../src/funding-instructions.js';
import { apiStringsDe } from '../src/i18n/locales/api.de.js';
import { registerStrings } from '../src/i18n/translate.js';
import type { SandboxOptions } from '../src/sandbox/index.js';
import { setupSandbox, type SandboxSetup } from '../test/helpers/sandbox.js';

registerStrings('de', { ...apiStringsDe, ...fundingStringsDe });

interface Loaded {
  setup: SandboxSetup;
  client: PaymentRunClient;
  id: string;
}

const gbp = (name: string, amount: number, reference: string): PaymentCreate => ({
  paymentAmount: { currency: 'GBP', amount },
  reference,
  supplier: {
    name,
    type: 'BUSINESS',
    bankAccountDetails: {
      accountNumber: String(20_000_000 + amount).slice(-8),
      sortCode: '400515',
    },
  },
});

const SUPPLIERS = [
  gbp('Acme Office Supplies Ltd', 90_000, 'INV-2001'),
  gbp('Bright Cleaning Co', 60_000, 'INV-2002'),
  gbp('Harbour Logistics Ltd', 30_000, 'INV-2003'),
];

/** A run created, validated, confirmed and authorised in a fresh sandbox: PENDING_FUNDING. */
async function fundableRun(options: SandboxOptions = {}, payments = SUPPLIERS): Promise<Loaded> {
  const setup = setupSandbox(options);
  const client = setup.clientFor('controller');
  const run = await setup.clientFor('creator').createPaymentRun({ payments });
  await setup.sandbox.advance(2_000);
  await client.confirmPaymentRun(run.id);
  await simulateScaChallenge(client, run.id);
  await simulateScaVerify(client, run.id, '123456');
  return { setup, client, id: run.id };
}

/** A seeded run, by its `paymentRunRef`. */
async function seeded(reference: string, user: 'controller' | 'creator' = 'controller') {
  const setup = setupSandbox();
  const client = setup.clientFor(user);
  const page = await setup.clientFor('controller').listPaymentRuns({ reference });
  return { setup, client, id: page.paymentRuns[0].id };
}

async function startedWith(loaded: Loaded, friendlyName = 'Operating account') {
  const accounts = (await loaded.client.listLinkedAccounts()).linkedAccounts;
  const account = accounts.find((a) => a.friendlyName === friendlyName)!;
  return loaded.client.fundPaymentRun(loaded.id, [account.id]);
}

const shadow = (canvas: HTMLElement) =>
  canvas.querySelector<FundingInstructionsElement>('funding-instructions')!.shadowRoot!;

/** Waits until the element shows `selector`, and returns it. */
async function shown<T extends Element = HTMLElement>(canvas: HTMLElement, selector: string) {
  await waitFor(() => expect(shadow(canvas).querySelector(selector)).toBeTruthy(), {
    timeout: 5000,
  });
  return shadow(canvas).querySelector<T>(selector)!;
}

interface Args {
  locale?: string;
  theme?: 'light' | 'dark';
  sandbox: boolean;
  'poll-interval': number;
  onFundingStart: () => void;
  onGroupCancel: () => void;
  onLinkAccount: () => void;
  onError: () => void;
}

const meta: Meta<Args> = {
  title: 'Elements/funding-instructions',
  component: 'funding-instructions',
  args: {
    locale: 'en-GB',
    theme: undefined,
    sandbox: true,
    'poll-interval': 1000,
    onFundingStart: fn(),
    onGroupCancel: fn(),
    onLinkAccount: fn(),
    onError: fn(),
  },
  loaders: [async () => ({ ...(await seeded('JAN-2026-03')) })],
  render: (args, { loaded }) => {
    const { client, id } = loaded as Loaded;
    return html`
      <funding-instructions
        .client=${client}
        payment-run-id=${id}
        locale=${args.locale ?? ''}
        theme=${args.theme ?? 'light'}
        ?sandbox=${args.sandbox}
        poll-interval=${args['poll-interval']}
        @funding-start=${args.onFundingStart}
        @funding-group-cancel=${args.onGroupCancel}
        @funding-link-account=${args.onLinkAccount}
        @payment-run-error=${args.onError}
      ></funding-instructions>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A run awaiting funding: choose one of the linked GBP accounts, then start funding. */
export const ChooseAccount: Story = {
  play: async ({ canvasElement }) => {
    const start = await shown<HTMLButtonElement>(canvasElement, '[part="start-button"]');
    await expect(start).toBeDisabled();
    const radio = shadow(canvasElement).querySelector<HTMLInputElement>('input[type="radio"]')!;
    await userEvent.click(radio);
    await expect(start).toBeEnabled();
  },
};

/** No linked account can pay the run: the empty state asks the host to link one. */
export const NoAccounts: Story = {
  loaders: [async () => fundableRun({ seed: false })],
  play: async ({ canvasElement, args }) => {
    const button = await shown<HTMLButtonElement>(canvasElement, '[part="empty"] button');
    await userEvent.click(button);
    await expect(args.onLinkAccount).toHaveBeenCalled();
  },
};

/** Only one account can pay, and its consent ends within seven days: it is flagged. */
export const ExpiringConsent: Story = {
  loaders: [
    async () => {
      const loaded = await fundableRun();
      const accounts = (await loaded.client.listLinkedAccounts()).linkedAccounts;
      for (const a of accounts) {
        if (a.currency !== 'GBP' || a.friendlyName === 'Reserve account') continue;
        await loaded.setup.fetch(`https://proxy.test/simulate/v1/consents/${a.id}/change_status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'REVOKED' }),
        });
      }
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    const warning = await shown(canvasElement, '.warning');
    await expect(warning.textContent).toContain('within 7 days');
  },
};

/** Funding started: one group awaits funds. In sandbox mode "Pay from your bank" funds it. */
export const OneGroup: Story = {
  loaders: [
    async () => {
      const loaded = await fundableRun();
      await startedWith(loaded);
      return loaded;
    },
  ],
  play: async ({ canvasElement, args, loaded }) => {
    const pay = await shown<HTMLButtonElement>(canvasElement, '[part="pay-button"]');
    await userEvent.click(pay);
    await expect(args.onFundingStart).toHaveBeenCalled();
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="group"] .status')?.textContent).toContain(
        'Paying',
      ),
    );
    await (loaded as Loaded).setup.sandbox.advance(3_000);
  },
};

/** The bank's per-payment limit splits the run into three groups; progress shows over them. */
export const SeveralGroups: Story = {
  loaders: [
    async () => {
      const loaded = await fundableRun({ fundingGroupLimit: 80_000 });
      await startedWith(loaded);
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="progress"]');
    await expect(shadow(canvasElement).querySelectorAll('[part="group"]')).toHaveLength(3);
  },
};

/** A seeded EUR run split in two groups, one of them funded. */
export const PartlyFunded: Story = {
  loaders: [async () => seeded('EU-2026-01')],
  play: async ({ canvasElement }) => {
    const text = await shown(canvasElement, '#progress-text');
    await expect(text.textContent).toContain('1 of 2 groups funded');
  },
};

/** One of two groups was cancelled while it awaited funds; the other still can be paid. */
export const CancelledGroup: Story = {
  loaders: [
    async () => {
      const loaded = await fundableRun({ fundingGroupLimit: 100_000 });
      const { fundingInstructions = [] } = await startedWith(loaded);
      await loaded.client.cancelFundingGroup(loaded.id, fundingInstructions[0].reference);
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="group"] .status[data-status="CANCELLED"]');
  },
};

/** The confirmation of a group cancel: a modal dialog. */
export const CancelConfirmation: Story = {
  loaders: OneGroup.loaders,
  play: async ({ canvasElement, args }) => {
    const cancel = await shown<HTMLButtonElement>(canvasElement, '[part="group"] button.danger');
    await userEvent.click(cancel);
    await expect(args.onGroupCancel).toHaveBeenCalled();
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector<HTMLDialogElement>('dialog')?.open).toBe(true),
    );
  },
};

/** Every group final: the run completed. */
export const Completed: Story = {
  loaders: [async () => seeded('DEC-2025-01')],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="progress"]');
  },
};

/** Not ready yet: the run awaits authorisation; the element explains and watches it. */
export const NotReady: Story = {
  loaders: [async () => seeded('JAN-2026-04')],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="notice"]');
  },
};

/** The run could not be loaded (the service is down): an error with Retry. */
export const LoadError: Story = {
  loaders: [
    async () => {
      const loaded = await seeded('JAN-2026-03');
      loaded.setup.sandbox.faults.add({ path: `/v1/payment_runs/${loaded.id}`, status: 503 });
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="error"] button');
  },
};

/** The API refuses to start funding (409 FUNDING_REQUEST_IN_PROGRESS): a plain message. */
export const StartRefused: Story = {
  loaders: [
    async () => {
      const loaded = await seeded('JAN-2026-03');
      loaded.setup.sandbox.faults.add({
        path: `/v1/payment_runs/${loaded.id}/fund`,
        times: 1,
        status: 409,
        body: JSON.stringify({ errorCode: 'FUNDING_REQUEST_IN_PROGRESS' }),
      });
      return loaded;
    },
  ],
  play: async ({ canvasElement, args }) => {
    await shown(canvasElement, 'input[type="radio"]');
    await userEvent.click(shadow(canvasElement).querySelector('input[type="radio"]')!);
    await userEvent.click(shadow(canvasElement).querySelector('[part="start-button"]')!);
    const alert = await shown(canvasElement, '#start-error');
    await expect(alert.textContent).toContain('Funding has already started');
    await expect(args.onError).toHaveBeenCalled();
  },
};

/** A CREATOR opens the page: funding needs the Controller role (403). */
export const Forbidden: Story = {
  loaders: [async () => seeded('JAN-2026-03', 'creator')],
  play: async ({ canvasElement }) => {
    const alert = await shown(canvasElement, '[part="error"]');
    await expect(alert.textContent).toContain('Controller role');
  },
};

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: SeveralGroups.loaders,
  decorators: [(story) => html`<div style="background:#0d1014;padding:1rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="group"]');
  },
};

/** German, with German money and dates. */
export const German: Story = {
  args: { locale: 'de-DE' },
  loaders: SeveralGroups.loaders,
  play: async ({ canvasElement }) => {
    const heading = await shown(canvasElement, '#groups-title');
    await expect(heading.textContent).toContain('Finanzierungsgruppen');
  },
};

/**
 * The host's open-banking step in the `bank-payment` slot: after "Pay from your bank"
 * (`funding-start`) the host mounts Weavr's component in its own light DOM, and the element shows
 * it inside the group being paid, until the group's funds arrive.
 */
export const BankPaymentSlot: Story = {
  args: { sandbox: false },
  loaders: SeveralGroups.loaders,
  render: (args, context) => {
    const { client, id } = context.loaded as Loaded;
    // What a host does on funding-start: mount its secure frame in the slot.
    const onStart = (event: HTMLElementEventMap['funding-start']) => {
      args.onFundingStart();
      const host = event.target as HTMLElement;
      host.querySelector('[slot="bank-payment"]')?.remove();
      const frame = document.createElement('div');
      frame.slot = 'bank-payment';
      frame.style.cssText =
        'border: 2px dashed #0b5cad; border-radius: 6px; padding: 12px; background: #f5f9ff';
      frame.textContent = `Your bank's secure page for ${event.detail.group.reference} (mounted by the host in light DOM)`;
      host.append(frame);
    };
    return html`
      <funding-instructions
        .client=${client}
        payment-run-id=${id}
        locale=${args.locale ?? ''}
        theme=${args.theme ?? 'light'}
        poll-interval=${args['poll-interval']}
        @funding-start=${onStart}
      ></funding-instructions>
    `;
  },
  play: async ({ canvasElement, args }) => {
    const pay = await shown<HTMLButtonElement>(canvasElement, '[part="pay-button"]');
    await userEvent.click(pay);
    await expect(args.onFundingStart).toHaveBeenCalled();
    const frame = canvasElement.querySelector<HTMLElement>('[slot="bank-payment"]')!;
    await waitFor(() => expect(frame.getBoundingClientRect().height).toBeGreaterThan(0));
  },
};

/** A 280 px sidebar: every part reflows, the payments of a group stack into cards. */
export const Narrow: Story = {
  loaders: SeveralGroups.loaders,
  decorators: [
    (story) => html`<div style="width: 280px; outline: 1px dashed #8888">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="group"]');
    const box = canvasElement.querySelector<HTMLElement>('div')!;
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};
