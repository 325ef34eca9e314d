import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { PaymentRunClient } from '../src/api/client.js';
import '../src/payment-run-status.js';
import '../src/cop-result-badge.js';
import { setupSandbox } from '../test/helpers/sandbox.js';

/**
 * Three hosts, three looks, one set of `--pr-*` tokens: a bank (navy, square corners), a
 * marketplace (green, round and roomy) and a dark back office (forced `theme="dark"` with its own
 * accent). Nothing but custom properties and one `::part` differ.
 */
const THEMES = [
  {
    name: 'Bank',
    accent: 'rgb(16, 42, 94)',
    style:
      '--pr-color-accent: rgb(16, 42, 94); --pr-color-on-accent: #fff; --pr-radius: 0; --pr-space-m: 0.75rem; font-family: Georgia, serif;',
    theme: 'light',
  },
  {
    name: 'Marketplace',
    accent: 'rgb(20, 108, 67)',
    style:
      '--pr-color-accent: rgb(20, 108, 67); --pr-color-on-accent: #fff; --pr-radius: 14px; --pr-space-m: 1.25rem;',
    theme: 'light',
  },
  {
    name: 'Back office (dark)',
    accent: 'rgb(255, 183, 77)',
    style:
      '--pr-color-accent: rgb(255, 183, 77); --pr-color-on-accent: #1a1200; --pr-radius: 4px; font-family: ui-monospace, monospace;',
    theme: 'dark',
  },
] as const;

interface Loaded {
  client: PaymentRunClient;
  id: string;
}

const meta: Meta = {
  title: 'Theming/Three host themes',
  loaders: [
    async (): Promise<Loaded> => {
      const setup = setupSandbox();
      const page = await setup.clientFor('controller').listPaymentRuns({ limit: 100 });
      const run = page.paymentRuns.find((r) => r.status === 'PENDING_CONFIRMATION')!;
      return { client: setup.clientFor('controller'), id: run.id };
    },
  ],
  render: (_args, { loaded }) => {
    const { client, id } = loaded as Loaded;
    return html`<div style="display: grid; gap: 1.5rem;">
      ${THEMES.map(
        (t) =>
          html`<section aria-label=${`${t.name} theme`} style=${t.style}>
            <h2 style="margin: 0 0 0.5rem; font: inherit; font-weight: 600;">${t.name}</h2>
            <payment-run-status
              theme=${t.theme}
              roles="CONTROLLER"
              poll-interval="0"
              payment-run-id=${id}
              .client=${client}
            ></payment-run-status>
          </section>`,
      )}
    </div>`;
  },
};
export default meta;

export const ThreeHostThemes: StoryObj = {
  // The same run is shown three times on purpose, so its payments regions share a name ("Payments"
  // and the run's title); a host showing different runs gets different names.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  play: async ({ canvasElement }) => {
    const elements = [...canvasElement.querySelectorAll('payment-run-status')];
    const confirmOf = (el: Element) =>
      el.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="confirm"]');
    await waitFor(() => expect(elements.every((el) => confirmOf(el))).toBe(true), {
      timeout: 5000,
    });
    // Each host's accent reaches the primary action; radius follows the host too.
    for (const [i, el] of elements.entries()) {
      await expect(getComputedStyle(confirmOf(el)!).backgroundColor).toBe(THEMES[i].accent);
    }
    await expect(getComputedStyle(confirmOf(elements[0])!).borderTopLeftRadius).toBe('0px');
    await expect(getComputedStyle(confirmOf(elements[1])!).borderTopLeftRadius).toBe('14px');
  },
};
