import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PaymentRunClient } from '../src/api/client.js';
import { builderStringsDe } from '../src/components/payment-run-builder/strings.de.js';
import { apiStringsDe } from '../src/i18n/locales/api.de.js';
import { registerStrings } from '../src/i18n/translate.js';
import '../src/payment-run-builder.js';
import type { PaymentDraft, PaymentRunBuilderElement } from '../src/payment-run-builder.js';
import type { FaultRule } from '../src/sandbox/index.js';
import { setupSandbox, type SandboxSetup } from '../test/helpers/sandbox.js';

registerStrings('de', { ...apiStringsDe, ...builderStringsDe });

interface Loaded {
  setup: SandboxSetup;
  client: PaymentRunClient;
}

interface Args {
  currencies: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'draft-key'?: string;
  onSubmit: () => void;
  onCreated: () => void;
  onError: () => void;
}

/** A sandbox with a CREATOR's client, and optional faults on creating a run. */
function sandbox(...faults: FaultRule[]): Loaded {
  const setup = setupSandbox();
  for (const rule of faults) setup.sandbox.faults.add(rule);
  return { setup, client: setup.clientFor('creator') };
}

const SUPPLIERS = ['Acme Office Supplies Ltd', 'Bright Cleaning Co', 'Harbour Logistics Ltd'];
const gbp = (i: number): PaymentDraft => ({
  name: `${SUPPLIERS[i % SUPPLIERS.length]}${i >= SUPPLIERS.length ? ` ${i + 1}` : ''}`,
  type: 'BUSINESS',
  accountNumber: String(30_000_000 + i),
  sortCode: '40-05-15',
  amount: `${(i % 90) + 10}.50`,
  reference: `INV-${10_000 + i}`,
});

const builder = (canvas: HTMLElement) =>
  canvas.querySelector<PaymentRunBuilderElement>('payment-run-builder')!;
const shadow = (canvas: HTMLElement) => builder(canvas).shadowRoot!;
const part = (canvas: HTMLElement, name: string) =>
  shadow(canvas).querySelector<HTMLElement>(`[part="${name}"]`);

/** Fills the element once it is on the page. */
async function fill(canvas: HTMLElement, rows: PaymentDraft[]) {
  const el = builder(canvas);
  await el.updateComplete;
  await el.addPayments(rows);
  await el.updateComplete;
  // The starting blank line goes; the story shows only the given rows.
  shadow(canvas).querySelector<HTMLButtonElement>('[data-action="remove"]')!.click();
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Elements/payment-run-builder',
  component: 'payment-run-builder',
  args: {
    currencies: 'GBP',
    locale: 'en-GB',
    onSubmit: fn(),
    onCreated: fn(),
    onError: fn(),
  },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    currencies: { control: 'inline-radio', options: ['GBP', 'GBP EUR', 'EUR'] },
  },
  loaders: [async () => Promise.resolve(sandbox())],
  render: (args, { loaded }) => {
    const { client } = loaded as Loaded;
    return html`<payment-run-builder
      .client=${client}
      currencies=${args.currencies}
      locale=${args.locale ?? ''}
      theme=${args.theme ?? 'light'}
      draft-key=${args['draft-key'] ?? ''}
      @payment-run-submit=${args.onSubmit}
      @payment-run-created=${args.onCreated}
      @payment-run-error=${args.onError}
    ></payment-run-builder>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A new run: one empty payment line. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await builder(canvasElement).updateComplete;
    await expect(shadow(canvasElement).querySelectorAll('.row')).toHaveLength(1);
  },
};

/** Three payments typed in, totals up to date. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, [0, 1, 2].map(gbp));
    await expect(part(canvasElement, 'totals')!.textContent).toContain('3 payments');
  },
};

/** Mistakes as they are shown while typing, and after a submit attempt. */
export const WithErrors: Story = {
  play: async ({ canvasElement, args }) => {
    await fill(canvasElement, [
      { ...gbp(0), name: "O'Hara Supplies", sortCode: '12-34' },
      { ...gbp(1), amount: '12.345', reference: 'INV 2/3' },
      { ...gbp(2), type: '', accountNumber: '1234567x' },
    ]);
    await userEvent.click(part(canvasElement, 'submit')!);
    await waitFor(() => expect(part(canvasElement, 'error-summary')).not.toBeNull());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** 1000 payments (the API's limit), pasted from a spreadsheet; only the rows on screen render. */
export const ThousandRows: Story = {
  play: async ({ canvasElement }) => {
    const el = builder(canvasElement);
    await el.updateComplete;
    const header = 'Supplier name,Supplier type,Account number,Sort code,Amount,Reference';
    const lines = Array.from({ length: 1000 }, (_, i) => {
      const p = gbp(i);
      return [p.name, p.type, p.accountNumber, p.sortCode, p.amount, p.reference].join(',');
    });
    await el.importText([header, ...lines].join('\n'));
    await el.updateComplete;
    const add = [...shadow(canvasElement).querySelectorAll('button')].find((b) =>
      b.textContent.includes('1000'),
    )!;
    await userEvent.click(add);
    await waitFor(() => expect(el.rowCount).toBe(1000));
    await waitFor(() => expect(part(canvasElement, 'totals')!.textContent).toContain('1,000'));
  },
};

/** Waiting for the payment service: progress, and the rows locked. */
export const Submitting: Story = {
  loaders: [
    async () =>
      Promise.resolve(sandbox({ path: '/v1/payment_runs', method: 'POST', latencyMs: 600_000 })),
  ],
  play: async ({ canvasElement }) => {
    await fill(canvasElement, [0, 1].map(gbp));
    await userEvent.click(part(canvasElement, 'submit')!);
    await waitFor(() =>
      expect(part(canvasElement, 'submit')!.getAttribute('aria-disabled')).toBe('true'),
    );
  },
};

/** The payment service refuses the run (409): a plain message, the rows kept, a retry. */
export const ServerError: Story = {
  loaders: [
    async () =>
      Promise.resolve(
        sandbox({
          path: '/v1/payment_runs',
          method: 'POST',
          status: 409,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ errorCode: 'INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS' }),
        }),
      ),
  ],
  play: async ({ canvasElement, args }) => {
    await fill(canvasElement, [0, 1].map(gbp));
    await userEvent.click(part(canvasElement, 'submit')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('.banner')).not.toBeNull());
    await expect(args.onError).toHaveBeenCalled();
    await expect(builder(canvasElement).rowCount).toBe(2);
  },
};

/** The API's 400 mapped back onto the row and field it names. */
export const ServerFieldErrors: Story = {
  loaders: [
    async () =>
      Promise.resolve(
        sandbox({
          path: '/v1/payment_runs',
          method: 'POST',
          status: 400,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            syntaxErrors: {
              invalidFields: [
                {
                  fieldName: 'payments[1].supplier.bankAccountDetails.sortCode',
                  error: 'REGEX',
                  params: ['^[0-9]{6}$'],
                },
              ],
            },
          }),
        }),
      ),
  ],
  play: async ({ canvasElement }) => {
    await fill(canvasElement, [0, 1].map(gbp));
    await userEvent.click(part(canvasElement, 'submit')!);
    await waitFor(() => expect(part(canvasElement, 'error-summary')).not.toBeNull());
  },
};

/** Created: the new run, and a way to start another. */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    await fill(canvasElement, [0, 1, 2].map(gbp));
    await userEvent.click(part(canvasElement, 'submit')!);
    await waitFor(() => expect(part(canvasElement, 'success')).not.toBeNull());
    await expect(args.onCreated).toHaveBeenCalled();
  },
};

/**
 * In a narrow host box (a 320 px sidebar): every payment a compact form, the footer small, and
 * the same problems as "With errors". Nothing sticks out of the element.
 */
export const Narrow: Story = {
  args: { locale: 'de-DE' },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await fill(canvasElement, [
      { ...gbp(0), name: 'Schwarzwaelder Praezisionswerkzeugfabrik AG', sortCode: '12-34' },
      { ...gbp(1), amount: '12,345', reference: 'RE 2/3' },
    ]);
    await userEvent.click(part(canvasElement, 'submit')!);
    await waitFor(() => expect(part(canvasElement, 'error-summary')).not.toBeNull());
    const el = builder(canvasElement);
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  },
};

/** The built-in dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, [{ ...gbp(0), sortCode: '12-34' }, gbp(1)]);
  },
};

/** German, paying by SEPA in euros: amounts typed as `1.234,50`. */
export const GermanSepa: Story = {
  args: { locale: 'de-DE', currencies: 'EUR' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, [
      {
        name: 'Beispiel GmbH',
        iban: 'DE89 3704 0044 0532 0130 00',
        bic: 'COBADEFFXXX',
        amount: '1.234,50',
        reference: 'RE-2026-001',
      },
    ]);
    await expect(part(canvasElement, 'totals')!.textContent).toContain('1.234,50');
  },
};
