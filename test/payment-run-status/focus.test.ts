import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { describeFocus, focused } from '../helpers/focus.js';
import { button, harness, mount, root, until } from './helpers.js';

/** Where focus must be after each action: never `<body>`, never a destructive button. */
const dialogOf = (el: PaymentRunStatusElement) => root(el).querySelector('dialog')!;
const byId = (el: PaymentRunStatusElement, id: string) => root(el).getElementById(id)!;
const dialogButton = (el: PaymentRunStatusElement, text: string) =>
  [...dialogOf(el).querySelectorAll('button')].find((b) => b.textContent.includes(text))!;

/** Activates `control` from the keyboard, as a person does: focus it, press Enter. */
async function press(control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ press: 'Enter' });
}

/** Waits until focus is on `target` (it moves once the action's outcome shows). */
async function focusReaches(target: () => Element | null): Promise<void> {
  try {
    await until(() => !!target() && focused() === target());
  } catch {
    expect(describeFocus(), 'focus').to.equal(target()?.outerHTML.slice(0, 80));
  }
}

async function sendCode(el: PaymentRunStatusElement): Promise<HTMLInputElement> {
  await until(() => !!root(el).querySelector('.sca button'));
  await press(root(el).querySelector<HTMLButtonElement>('.sca button')!);
  await focusReaches(() => root(el).querySelector('#otp'));
  return root(el).querySelector<HTMLInputElement>('#otp')!;
}

async function enterCode(el: PaymentRunStatusElement, code: string): Promise<void> {
  const otp = root(el).querySelector<HTMLInputElement>('#otp')!;
  otp.focus();
  otp.value = code;
  await sendKeys({ press: 'Enter' });
}

describe('<payment-run-status> focus after each action', () => {
  it('Confirm: the SCA step’s heading, not the destructive Cancel run', async () => {
    const h = harness();
    const el = await mount(h, await h.create(), { roles: 'CONTROLLER' });
    await press(button(el, 'confirm'));
    await focusReaches(() => root(el).querySelector('#sca-title'));
    expect(focused()!.textContent).to.contain('Authorise the run');
  });

  it('Restart: the SCA step’s heading', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('SCA_FAILED'), { roles: 'CONTROLLER' });
    await press(button(el, 'restart'));
    await focusReaches(() => root(el).querySelector('#sca-title'));
  });

  it('Send the code: the code field', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('PENDING_CHALLENGE'), { sandbox: true });
    const otp = await sendCode(el);
    expect(otp.labels![0].textContent).to.contain('One-time code');
  });

  it('a wrong code: said in the box, tied to the code field, which keeps focus', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('PENDING_CHALLENGE'), { sandbox: true });
    const otp = await sendCode(el);
    await enterCode(el, '000000');
    await until(() => otp.getAttribute('aria-invalid') === 'true');
    const error = byId(el, otp.getAttribute('aria-describedby')!);
    expect(error.textContent).to.contain('not right');
    expect(root(el).querySelector('.sca')!.contains(error)).to.equal(true);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await focusReaches(() => otp);
    await expect(el).to.be.accessible();
  });

  it('Send the code failed: why, in the SCA box', async () => {
    const h = harness();
    const run = await h.seeded('PENDING_CHALLENGE');
    h.sandbox.faults.add({
      path: `/simulate/v1/payment_run_sca/${run.id}/challenges/otp/SMS`,
      method: 'POST',
      times: 1,
      status: 500,
    });
    const el = await mount(h, run, { sandbox: true });
    await until(() => !!root(el).querySelector('.sca button'));
    await press(root(el).querySelector<HTMLButtonElement>('.sca button')!);
    await focusReaches(() => root(el).querySelector('.sca [role="alert"]'));
    expect(root(el).querySelector('#action-outcome')).to.equal(null);
  });

  it('Authorise: the message that the run is authorised', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('PENDING_CHALLENGE'), { sandbox: true });
    await sendCode(el);
    await enterCode(el, '123456');
    await focusReaches(() => root(el).querySelector('#action-outcome'));
    expect(focused()!.textContent).to.contain('The run is authorised.');
    expect(el.paymentRun!.status).to.equal('PENDING_FUNDING');
  });

  it('Cancel run, then Escape or “No, keep”: back to Cancel run', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    await press(button(el, 'cancel'));
    await until(() => dialogOf(el).open);
    await sendKeys({ press: 'Escape' });
    await focusReaches(() => button(el, 'cancel'));
    await press(button(el, 'cancel'));
    await until(() => dialogOf(el).open);
    await press(dialogButton(el, 'No, keep'));
    await focusReaches(() => button(el, 'cancel'));
  });

  it('Cancel run confirmed in the dialog: the message that the run is cancelled', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    await press(button(el, 'cancel'));
    await until(() => dialogOf(el).open);
    await press(dialogButton(el, 'Yes, cancel'));
    await focusReaches(() => root(el).querySelector('#action-outcome'));
    expect(focused()!.textContent).to.contain('The run is cancelled.');
    await expect(el).to.be.accessible();
  });

  it('Cancel selected payments: Escape returns to the button; confirmed, the outcome', async () => {
    const h = harness();
    const run = await h.create(['Acme Ltd', 'Bright Co']);
    const el = await mount(h, run, { roles: 'CREATOR' });
    root(el).querySelector<HTMLInputElement>(`input[data-id="${run.payments[0].id}"]`)!.click();
    await el.updateComplete;
    await press(button(el, 'cancel-payments'));
    await until(() => dialogOf(el).open);
    await sendKeys({ press: 'Escape' });
    await focusReaches(() => button(el, 'cancel-payments'));
    await press(button(el, 'cancel-payments'));
    await until(() => dialogOf(el).open);
    await press(dialogButton(el, 'Yes, cancel'));
    await focusReaches(() => root(el).querySelector('#action-outcome'));
    expect(focused()!.textContent).to.contain('The payments are cancelled.');
  });

  it('Save supplier opened from “Use this name”: the message that it is updated', async () => {
    const h = harness();
    const run = await h.create(['Blue Close Match Ltd']);
    const el = await mount(h, run, { user: 'creator', roles: 'CREATOR' });
    const badge = root(el).querySelector('cop-result-badge')!;
    await press(badge.shadowRoot!.querySelector<HTMLButtonElement>('button[part="label"]')!);
    await until(() => !!badge.shadowRoot!.querySelector('[part="use-name"]'));
    await press(badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="use-name"]')!);
    await until(() => dialogOf(el).open);
    await press(dialogOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await focusReaches(() => root(el).querySelector('#action-outcome'));
    expect(focused()!.textContent).to.contain('The supplier is updated.');
  });

  it('a failed save: the reason in the dialog', async () => {
    const h = harness();
    const run = await h.create(['Acme Ltd']);
    h.sandbox.faults.add({
      path: `/v1/payment_runs/${run.id}`,
      method: 'PUT',
      times: 1,
      status: 500,
    });
    const el = await mount(h, run, { user: 'creator', roles: 'CREATOR' });
    await press(root(el).querySelector<HTMLButtonElement>('tbody button[data-id]')!);
    await until(() => dialogOf(el).open);
    await press(dialogOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await focusReaches(() => dialogOf(el).querySelector('[role="alert"]'));
  });

  it('a failed Confirm: its error message; dismissed, Confirm again, not Cancel run', async () => {
    const h = harness();
    const run = await h.create();
    h.sandbox.faults.add({
      path: `/v1/payment_runs/${run.id}/confirm`,
      times: 1,
      status: 409,
      body: JSON.stringify({ errorCode: 'PAYMENT_RUN_ALREADY_CONFIRMED' }),
    });
    const el = await mount(h, run, { roles: 'CONTROLLER' });
    await press(button(el, 'confirm'));
    await focusReaches(() => root(el).querySelector('#action-outcome[role="alert"]'));
    await expect(el).to.be.accessible();
    await press(root(el).querySelector<HTMLButtonElement>('#action-outcome button')!);
    await focusReaches(() => button(el, 'confirm'));
  });

  it('a polled status that removes the focused button: the next step, not <body>', async () => {
    const h = harness();
    const run = await h.create();
    const el = await mount(h, run, { roles: 'CONTROLLER' });
    button(el, 'confirm').focus();
    // Another controller confirmed the run meanwhile.
    await h.clientFor('controller').confirmPaymentRun(run.id, { idempotencyRef: 'elsewhere' });
    await el.refresh();
    await focusReaches(() => root(el).querySelector('#sca-title'));
  });

  it('an action the host starts from its own control leaves focus there', async () => {
    const h = harness();
    const el = await mount(h, await h.create(), { roles: 'CONTROLLER' });
    const own = document.createElement('button');
    document.body.append(own);
    own.focus();
    await el.confirm();
    await el.updateComplete;
    expect(focused()).to.equal(own);
    own.remove();
  });
});

describe('<payment-run-status> challenge slot', () => {
  it('shows the host’s content in the SCA box at PENDING_CHALLENGE only, in place of the code form', async () => {
    const h = harness();
    const run = await h.create();
    const el = await mount(h, run, { roles: 'CONTROLLER', sandbox: true });
    const secure = document.createElement('div');
    secure.slot = 'challenge';
    secure.textContent = 'Weavr secure SCA frame';
    el.append(secure);
    await el.updateComplete;
    expect(secure.checkVisibility(), 'before the challenge').to.equal(false);

    await press(button(el, 'confirm'));
    await focusReaches(() => root(el).querySelector('#sca-title'));
    expect(secure.checkVisibility(), 'at the challenge').to.equal(true);
    expect(root(el).querySelector('.sca')!.contains(secure.assignedSlot)).to.equal(true);
    expect(root(el).querySelector('.sca')!.contains(focused())).to.equal(true);
    // The host's UI replaces the sandbox's built-in step.
    await el.updateComplete;
    expect(root(el).querySelector('.sca button, #otp')).to.equal(null);

    secure.remove();
    await until(() => !!root(el).querySelector('.sca button'));

    el.append(secure);
    await until(() => !root(el).querySelector('.sca button'));
    const now = await h.client('controller').getPaymentRun(run.id);
    el.applyUpdate({ ...now, status: 'PENDING_FUNDING' });
    await el.updateComplete;
    expect(secure.checkVisibility(), 'after the challenge').to.equal(false);
  });
});
