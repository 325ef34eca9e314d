import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/payment-run-builder.js';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import type { PaymentRunClient } from '../../src/api/index.js';

export async function builder(
  options: {
    client?: PaymentRunClient;
    currencies?: string;
    locale?: string;
    draftKey?: string;
  } = {},
): Promise<PaymentRunBuilderElement> {
  const el = await fixture<PaymentRunBuilderElement>(
    html`<payment-run-builder
      .client=${options.client}
      currencies=${options.currencies ?? 'GBP'}
      locale=${options.locale ?? 'en-GB'}
      draft-key=${options.draftKey ?? ''}
    ></payment-run-builder>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The inputs of the row at `index` (0-based), by field. */
export function field(el: HTMLElement, index: number, name: string) {
  return $$<HTMLInputElement>(el, '.row')[index].querySelector<HTMLInputElement>(
    `[data-field="${name}"]`,
  )!;
}

/** Types a value as a user would (input event), then leaves the field (focusout). */
export async function type(
  el: PaymentRunBuilderElement,
  index: number,
  name: string,
  value: string,
) {
  const input = field(el, index, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The message shown beside a field, if any, found through its aria-describedby. */
export function errorOf(el: HTMLElement, index: number, name: string): string | undefined {
  const input = field(el, index, name);
  const id = input.getAttribute('aria-describedby');
  return id ? $(el, `#${id}`)?.textContent?.replace(/\s+/g, ' ').trim() : undefined;
}

export const GOOD_FPS = {
  name: 'Acme Supplies Ltd',
  type: 'BUSINESS',
  accountNumber: '12345678',
  sortCode: '12-34-56',
  amount: '1,234.50',
  reference: 'INV-1001',
};

export async function fillRow(
  el: PaymentRunBuilderElement,
  index: number,
  values: Record<string, string>,
) {
  for (const [name, value] of Object.entries(values)) await type(el, index, name, value);
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until `check` holds (polling each frame), failing after `ms`. */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('Timed out waiting');
    await frame();
  }
}

/**
 * The virtualizer measures rows with a ResizeObserver; Chromium reports a benign "loop completed
 * with undelivered notifications" when a measured row changes size in the same frame. It is not
 * an error of the page, so tests of long lists do not count it as one.
 */
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

/** `oneEvent`, typed by `HTMLElementEventMap`. */
export const once = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K) =>
  oneEvent<HTMLElementEventMap[K]>(target, type);
