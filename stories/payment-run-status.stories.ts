import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PaymentRunClient } from '../src/api/client.js';
import type { PaymentCreate } from '../src/api/schemas/payment-run.js';
import { copStringsDe } from '../src/components/cop-result-badge/strings.de.js';
import { statusStringsDe } from '../src/components/payment-run-status/strings.de.js';
import { apiStringsDe } from '../src/i18n/locales/api.de.js';
import { registerStrings } from '../src/i18n/translate.js';
import '../src/payment-run-status.js';
import type { PaymentRunStatusElement } from '../src/payment-run-status.js';
import type { SandboxOptions } from '../src/sandbox/index.js';
import { setupSandbox, type SandboxSetup } from '../test/helpers/sandbox.js';

registerStrings('de', { ...apiStringsDe, ...statusStringsDe, ...copStringsDe });

type User = 'creator' | 'controller';

interface Loaded {
  setup: SandboxSetup;
  client: PaymentRunClient;
  id: string;
}

/** The seeded run in `status` (src/sandbox/seed-runs.ts), seen by `user`. */
async function seeded(status: string, user: User = 'controller', options: SandboxOptions = {}) {
  const setup = setupSandbox(options);
  const page = await setup.clientFor('controller').listPaymentRuns({ limit: 100 });
  const run = page.paymentRuns.find((r) => r.status === status)!;
  return { setup, client: setup.clientFor(user), id: run.id };
}

const gbp = (name: string, i: number): PaymentCreate => ({
  paymentAmount: { currency: 'GBP', amount: 1_000 + i * 37 },
  reference: `INV-${10_000 + i}`,
  supplier: {
    name,
    type: 'BUSINESS',
    bankAccountDetails: { accountNumber: String(30_000_000 + i), sortCode: '400515' },
  },
});

const COP_NAMES = [
  'Acme Supplies Ltd',
  'Blue Close Match Ltd',
  'Oak No Match Ltd',
  'Opted Out Ltd',
];

/** A new run of `count` payments created by the creator, validated unless told. */
async function created(count: number, user: User = 'controller', validate = true) {
  const setup = setupSandbox({ seed: false });
  const payments = Array.from({ length: count }, (_, i) =>
    gbp(`${COP_NAMES[i % COP_NAMES.length]} ${i + 1}`, i),
  );
  const run = await setup
    .clientFor('creator')
    .createPaymentRun({ description: `${count} suppliers`, payments });
  if (validate) await setup.sandbox.advance(2_000);
  return { setup, client: setup.clientFor(user), id: run.id };
}

const element = (canvas: HTMLElement) =>
  canvas.querySelector<PaymentRunStatusElement>('payment-run-status')!;
const shadow = (canvas: HTMLElement) => element(canvas).shadowRoot!;
const statusText = (canvas: HTMLElement) =>
  shadow(canvas).querySelector('.header .chip')?.textContent?.trim();

async function showsStatus(canvas: HTMLElement, label: string) {
  await waitFor(() => expect(statusText(canvas)).toBe(label), { timeout: 5000 });
}

async function clickAction(canvas: HTMLElement, action: string) {
  const button = shadow(canvas).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  await userEvent.click(button);
}

interface Args {
  roles?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  sandbox: boolean;
  'poll-interval': number;
  onConfirm: () => void;
  onCancel: () => void;
  onRestart: () => void;
  onPaymentCancel: () => void;
  onChange: () => void;
  onChallenge: () => void;
  onError: () => void;
}

const meta: Meta<Args> = {
  title: 'Elements/payment-run-status',
  component: 'payment-run-status',
  args: {
    roles: 'CREATOR CONTROLLER',
    locale: 'en-GB',
    sandbox: true,
    'poll-interval': 1000,
    onConfirm: fn(),
    onCancel: fn(),
    onRestart: fn(),
    onPaymentCancel: fn(),
    onChange: fn(),
    onChallenge: fn(),
    onError: fn(),
  },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [async () => seeded('PENDING_CONFIRMATION')],
  render: (args, { loaded }) => {
    const { client, id } = loaded as Loaded;
    return html`<payment-run-status
      .client=${client}
      payment-run-id=${id}
      roles=${args.roles ?? ''}
      locale=${args.locale ?? ''}
      theme=${args.theme ?? 'light'}
      ?sandbox=${args.sandbox}
      poll-interval=${args['poll-interval']}
      @payment-run-confirm=${args.onConfirm}
      @payment-run-cancel=${args.onCancel}
      @payment-run-restart=${args.onRestart}
      @payment-cancel=${args.onPaymentCancel}
      @payment-run-change=${args.onChange}
      @payment-run-challenge=${args.onChallenge}
      @payment-run-error=${args.onError}
    ></payment-run-status>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const statusStory = (status: string, label: string): Story => ({
  loaders: [async () => seeded(status)],
  play: async ({ canvasElement }) => showsStatus(canvasElement, label),
});

/** Just created: the payment service validates it. */
export const Queued: Story = {
  loaders: [async () => created(3, 'controller', false)],
  play: async ({ canvasElement }) => showsStatus(canvasElement, 'Validating'),
};
/** Validated: every CoP result, waiting for a controller to confirm. */
export const PendingConfirmation = statusStory('PENDING_CONFIRMATION', 'Awaiting confirmation');
/** Confirmed: SCA is needed; in sandbox mode the OTP step is offered. */
export const PendingChallenge = statusStory('PENDING_CHALLENGE', 'Awaiting authorisation');
/** SCA failed: a controller can restart. */
export const ScaFailed = statusStory('SCA_FAILED', 'Authorisation failed');
export const PendingFunding = statusStory('PENDING_FUNDING', 'Awaiting funding');
/** One funding group paid, another awaiting funds (SEPA: no CoP). */
export const Executing = statusStory('EXECUTING', 'Paying');
export const Completed = statusStory('COMPLETED', 'Completed');
/** One payment failed, one came back. */
export const CompletedWithErrors = statusStory('COMPLETED_WITH_ERRORS', 'Completed with errors');
export const Cancelled = statusStory('CANCELLED', 'Cancelled');
/** Validation refused the run; statusReason says why. */
export const Invalid = statusStory('INVALID', 'Invalid');

/** 1000 payments: only the rows in the table's scroll region are rendered; it says there are 1000. */
export const ThousandPayments: Story = {
  loaders: [async () => created(1000)],
  play: async ({ canvasElement }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    const root = shadow(canvasElement);
    await waitFor(() =>
      expect(root.querySelector('table')?.getAttribute('aria-rowcount')).toBe('1001'),
    );
    await expect(root.querySelectorAll('tbody tr[data-id]').length).toBeLessThan(60);
  },
};

/** Confirm: the event, the API call, the run moves to PENDING_CHALLENGE and asks for SCA. */
export const ConfirmOutcome: Story = {
  loaders: [async () => created(3)],
  play: async ({ canvasElement, args }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    await clickAction(canvasElement, 'confirm');
    await showsStatus(canvasElement, 'Awaiting authorisation');
    await expect(args.onConfirm).toHaveBeenCalledOnce();
    await expect(args.onChange).toHaveBeenCalled();
    await expect(args.onChallenge).toHaveBeenCalledOnce();
  },
};

/** Sandbox SCA: send the code, enter 123456, the run awaits funding. */
export const SandboxAuthorisation: Story = {
  loaders: [async () => seeded('PENDING_CHALLENGE')],
  play: async ({ canvasElement }) => {
    await showsStatus(canvasElement, 'Awaiting authorisation');
    // The sandbox's step is loaded on demand, once the run awaits the challenge.
    await waitFor(() => expect(shadow(canvasElement).querySelector('.sca button')).toBeTruthy(), {
      timeout: 5000,
    });
    await userEvent.click(shadow(canvasElement).querySelector<HTMLButtonElement>('.sca button')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('#otp')).toBeTruthy());
    await userEvent.type(shadow(canvasElement).querySelector<HTMLInputElement>('#otp')!, '123456');
    await userEvent.click(
      shadow(canvasElement).querySelector<HTMLButtonElement>('.sca button[type="submit"]')!,
    );
    await showsStatus(canvasElement, 'Awaiting funding');
  },
};

/**
 * The host mounts Weavr's SCA UI in the `challenge` slot (light DOM, inside the authorise box):
 * it replaces the built-in code form, and shows only while the run awaits the challenge.
 */
export const HostChallenge: Story = {
  args: { sandbox: false },
  loaders: [async () => seeded('PENDING_CHALLENGE')],
  render: (args, { loaded }) => {
    const { client, id } = loaded as Loaded;
    return html`<payment-run-status
      .client=${client}
      payment-run-id=${id}
      roles=${args.roles ?? ''}
      locale=${args.locale ?? ''}
      theme=${args.theme ?? 'light'}
      ?sandbox=${args.sandbox}
      poll-interval=${args['poll-interval']}
      @payment-run-challenge=${args.onChallenge}
      @payment-run-change=${args.onChange}
    >
      <div slot="challenge" style="border: 1px dashed currentColor; padding: 0.75rem">
        <p style="margin-top: 0">Weavr’s secure authorisation frame mounts here.</p>
        <button type="button">Approve on my phone</button>
      </div>
    </payment-run-status>`;
  },
  play: async ({ canvasElement }) => {
    await showsStatus(canvasElement, 'Awaiting authorisation');
    const slotted = canvasElement.querySelector<HTMLElement>('[slot="challenge"]')!;
    await expect(slotted.checkVisibility()).toBe(true);
    await expect(shadow(canvasElement).querySelector('.sca')!.contains(slotted.assignedSlot)).toBe(
      true,
    );
  },
};

/** Cancel the run: asked in a dialog first. */
export const CancelOutcome: Story = {
  loaders: [async () => created(2)],
  play: async ({ canvasElement, args }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    await clickAction(canvasElement, 'cancel');
    const dialog = shadow(canvasElement).querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.button.danger')!);
    await showsStatus(canvasElement, 'Cancelled');
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** Cancel selected payments: the others stay in the run. */
export const CancelPaymentsOutcome: Story = {
  loaders: [async () => created(3)],
  play: async ({ canvasElement, args }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    await userEvent.click(shadow(canvasElement).querySelector<HTMLInputElement>('tbody input')!);
    await clickAction(canvasElement, 'cancel-payments');
    const dialog = shadow(canvasElement).querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.button.danger')!);
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('tbody .chip')?.textContent).toContain(
        'Cancelled',
      ),
    );
    await expect(args.onPaymentCancel).toHaveBeenCalledOnce();
  },
};

/** Restart after SCA_FAILED: back to PENDING_CHALLENGE. */
export const RestartOutcome: Story = {
  loaders: [async () => seeded('SCA_FAILED')],
  play: async ({ canvasElement, args }) => {
    await showsStatus(canvasElement, 'Authorisation failed');
    await clickAction(canvasElement, 'restart');
    await showsStatus(canvasElement, 'Awaiting authorisation');
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

/** A creator takes the holder's name offered by a close match; the name check runs again. */
export const EditSupplier: Story = {
  args: { roles: 'CREATOR' },
  loaders: [async () => created(2, 'creator')],
  play: async ({ canvasElement }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    const badge = shadow(canvasElement).querySelectorAll('cop-result-badge')[1];
    await userEvent.click(badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="label"]')!);
    await waitFor(() => expect(badge.shadowRoot!.querySelector('[part="use-name"]')).toBeTruthy());
    await userEvent.click(badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="use-name"]')!);
    const dialog = shadow(canvasElement).querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await expect(dialog.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe(
      'Blue Ltd 2 Limited',
    );
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(dialog.open).toBe(false));
    await waitFor(() => expect(badge.shadowRoot!.textContent).toContain('Name matches'));
  },
};

/** A controller sees what they cannot do, disabled, with the reason. */
export const ControllerOnly: Story = { args: { roles: 'CONTROLLER' } };

/** A creator confirming: the API answers 403, shown in plain words. */
export const Forbidden: Story = {
  args: { roles: undefined },
  loaders: [async () => created(2, 'creator')],
  play: async ({ canvasElement, args }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    await clickAction(canvasElement, 'confirm');
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[role="alert"]')?.textContent).toContain(
        'Your role does not allow this action',
      ),
    );
    await expect(args.onError).toHaveBeenCalled();
  },
};

/** A 409: the run can no longer be cancelled; the element refreshes it. */
export const Conflict: Story = {
  loaders: [
    async () => {
      const loaded = await created(2);
      loaded.setup.sandbox.faults.add({
        path: `/v1/payment_runs/${loaded.id}/cancel`,
        method: 'POST',
        status: 409,
        body: JSON.stringify({ errorCode: 'CANNOT_CANCEL_PAYMENT_RUN' }),
      });
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    await showsStatus(canvasElement, 'Awaiting confirmation');
    await clickAction(canvasElement, 'cancel');
    const dialog = shadow(canvasElement).querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.button.danger')!);
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[role="alert"]')?.textContent).toContain(
        'can no longer be cancelled',
      ),
    );
  },
};

/** The run cannot be loaded: the error, with Retry. */
export const LoadError: Story = {
  loaders: [
    async () => {
      const loaded = await seeded('COMPLETED');
      loaded.setup.sandbox.faults.add({ path: `/v1/payment_runs/${loaded.id}`, status: 503 });
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(shadow(canvasElement).querySelector('[role="alert"] button')).toBeTruthy(),
      { timeout: 10_000 },
    );
  },
};

/** Loading: the skeleton (the sandbox answers slowly). */
export const Loading: Story = {
  loaders: [
    async () => {
      const loaded = await seeded('COMPLETED');
      loaded.setup.sandbox.faults.add({ path: `/v1/payment_runs/${loaded.id}`, latencyMs: 60_000 });
      return loaded;
    },
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="skeleton"]')).toBeTruthy(),
    );
  },
};

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #16191d; padding: 1rem">${story()}</div>`],
};

/** German, with German money and dates. */
export const German: Story = {
  args: { locale: 'de-DE' },
  play: async ({ canvasElement }) => showsStatus(canvasElement, 'Wartet auf Bestätigung'),
};
