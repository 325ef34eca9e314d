/** Runs in the states `<funding-instructions>` meets, made through the real API of the sandbox. */
import { fixture, html, oneEvent, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { PaymentRunClient } from '../../src/api/index.js';
import type { PaymentCreate } from '../../src/api/schemas/payment-run.js';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import '../../src/funding-instructions.js';
import type { SandboxSetup } from '../helpers/sandbox.js';

export const PROXY = 'https://proxy.test';

/** `waitUntil` with room for a loaded CI machine (4 s instead of 1 s). */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 4000, ...options });
}

export function gbp(name: string, amount: number, reference: string): PaymentCreate {
  return {
    paymentAmount: { currency: 'GBP', amount },
    reference,
    supplier: {
      name,
      type: 'BUSINESS',
      bankAccountDetails: {
        accountNumber: String(10_000_000 + amount).slice(-8),
        sortCode: '400515',
      },
    },
  };
}

/** POST a sandbox simulate call through the proxy, as the controller. */
export async function simulate(
  setup: SandboxSetup,
  path: string,
  body?: unknown,
): Promise<Response> {
  const token = await setup.sandbox.login('controller');
  return setup.fetch(`${PROXY}/simulate/v1/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** A new run, validated (PENDING_CONFIRMATION). */
export async function validatedRun(
  setup: SandboxSetup,
  payments: PaymentCreate[],
): Promise<string> {
  const run = await setup.clientFor('creator').createPaymentRun({ payments });
  await setup.sandbox.advance(2_000);
  return run.id;
}

/** Confirmed and authorised by SMS code: PENDING_FUNDING. */
export async function authorise(setup: SandboxSetup, id: string): Promise<void> {
  await setup.clientFor('controller').confirmPaymentRun(id);
  const issued = await simulate(setup, `payment_run_sca/${id}/challenges/otp/SMS`);
  if (issued.status !== 204) throw new Error(`SCA issue answered ${issued.status}`);
  const verified = await simulate(setup, `payment_run_sca/${id}/challenges/otp/SMS/verify`, {
    verificationCode: '123456',
  });
  if (verified.status !== 204) throw new Error(`SCA verify answered ${verified.status}`);
}

export async function pendingFundingRun(
  setup: SandboxSetup,
  payments: PaymentCreate[] = [
    gbp('Acme Office Supplies Ltd', 120_000, 'INV-9001'),
    gbp('Bright Cleaning Co', 30_000, 'INV-9002'),
  ],
): Promise<string> {
  const id = await validatedRun(setup, payments);
  await authorise(setup, id);
  return id;
}

/** The seeded run with this `paymentRunRef`. */
export async function seededRun(setup: SandboxSetup, reference: string): Promise<string> {
  const page = await setup.clientFor('controller').listPaymentRuns({ reference });
  return page.paymentRuns[0].id;
}

export async function mount(
  client: PaymentRunClient,
  id: string,
  options: { sandbox?: SandboxSetup; pollInterval?: number } = {},
): Promise<FundingInstructionsElement> {
  const el = await fixture<FundingInstructionsElement>(html`
    <funding-instructions
      .client=${client}
      ?sandbox=${!!options.sandbox}
      poll-interval=${options.pollInterval ?? 0}
      payment-run-id=${id}
    ></funding-instructions>
  `);
  // Loaded: the run, and the linked accounts or groups it needs (no skeleton left).
  await waitUntil(
    () => !el.matches(':state(loading)') && !$(el, '.skeleton'),
    'the element did not load',
    { timeout: 4000 },
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the shadow root shows `selector`. */
export async function shown<T extends Element = HTMLElement>(
  el: Element,
  selector: string,
  message = `${selector} was not shown`,
): Promise<T> {
  await waitUntil(() => $(el, selector), message, { timeout: 4000 });
  return $<T>(el, selector)!;
}

/** The radio of the account whose label contains `name`. */
export function radioFor(el: Element, name: string): HTMLInputElement {
  const label = $$(el, 'label.account-name').find((l) => text(l).includes(name));
  if (!label) throw new Error(`No account labelled ${name}`);
  return $<HTMLInputElement>(el, `#${label.getAttribute('for')}`)!;
}

export async function choose(el: FundingInstructionsElement, name: string): Promise<void> {
  radioFor(el, name).click();
  await el.updateComplete;
}

export async function startFunding(el: FundingInstructionsElement): Promise<void> {
  $<HTMLButtonElement>(el, '[part="start-button"]')!.click();
  await shown(el, '[part="group"]');
  await el.updateComplete;
}

/** The next `type` event of `el`, typed from `HTMLElementEventMap`. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  el: Element,
  type: K,
): Promise<HTMLElementEventMap[K]> {
  return oneEvent<HTMLElementEventMap[K]>(el, type);
}

/** The focused element, through open shadow roots (what a keyboard user is on). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Describes the focused element for a failing assertion. */
export function describeFocus(): string {
  const active = deepActiveElement();
  if (!active) return 'nothing';
  const id = active.id ? `#${active.id}` : '';
  return `${active.localName}${id} "${text(active).slice(0, 40)}"`;
}
