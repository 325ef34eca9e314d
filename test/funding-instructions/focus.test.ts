/** Where focus goes after every action of `<funding-instructions>`: never `<body>`. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupSandbox } from '../helpers/sandbox.js';
import {
  $,
  $$,
  choose,
  deepActiveElement,
  describeFocus,
  gbp,
  mount,
  pendingFundingRun,
  radioFor,
  shown,
  simulate,
  startFunding,
  text,
  waitUntil,
} from './helpers.js';

const twoGroups = [
  gbp('Acme Office Supplies Ltd', 90_000, 'INV-1'),
  gbp('Bright Cleaning Co', 60_000, 'INV-2'),
];

/** Waits until focus is on `expected` (a function, since the element re-renders). */
async function focusLandsOn(expected: () => Element | null | undefined, what: string) {
  await waitUntil(
    () => expected() && deepActiveElement() === expected(),
    `focus is not on ${what} but on ${describeFocus()}`,
  );
  expect(deepActiveElement()).not.to.equal(document.body);
}

describe('<funding-instructions> focus', () => {
  it('stays on the account the user chooses with the arrow keys', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    const operating = radioFor(el, 'Operating account');
    operating.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const payroll = radioFor(el, 'Payroll account');
    expect(payroll.checked).to.equal(true);
    expect(deepActiveElement(), describeFocus()).to.equal(payroll);
  });

  it('goes to the funding groups once funding has started', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    await choose(el, 'Operating account');
    const start = $<HTMLButtonElement>(el, '[part="start-button"]')!;
    start.focus();
    await sendKeys({ press: 'Enter' });
    await shown(el, '[part="group"]');
    await focusLandsOn(() => $(el, '#groups-title'), 'the groups heading');
  });

  it('goes to the error when funding cannot start, and the start button was never lost', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Operating account');
    setup.sandbox.faults.add({
      path: `/v1/payment_runs/${id}/fund`,
      times: 2,
      status: 503,
      latencyMs: 50,
    });
    const start = $<HTMLButtonElement>(el, '[part="start-button"]')!;
    start.focus();
    start.click();
    await el.updateComplete;
    // While busy it is aria-disabled, so it keeps focus.
    expect(start.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement()).to.equal(start);
    await focusLandsOn(() => $(el, '#start-error'), 'the start error');
  });

  it('goes to the message beside the bank step after "Pay from your bank"', async () => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const el = await mount(
      setup.clientFor('controller'),
      await pendingFundingRun(setup, twoGroups),
    );
    await choose(el, 'Operating account');
    await startFunding(el);
    const second = $$(el, '[part="group"]')[1];
    const pay = second.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await focusLandsOn(() => second.querySelector('[part="bank-payment"] p'), 'the bank message');
    expect(text(deepActiveElement())).to.contain('Your bank payment was started');
  });

  it('goes to the group’s heading once the sandbox has funded it', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup), {
      sandbox: setup,
    });
    await choose(el, 'Operating account');
    await startFunding(el);
    const pay = $<HTMLButtonElement>(el, '[part="pay-button"]')!;
    pay.focus();
    pay.click();
    await waitUntil(() => text($(el, '[part="group"] .status')) === 'Paying');
    await focusLandsOn(() => $(el, '[part="group"] h4'), 'the group heading');
  });

  it('goes to the error in the group when the payment cannot start', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup), {
      sandbox: setup,
    });
    await choose(el, 'Operating account');
    await startFunding(el);
    setup.sandbox.faults.add({ path: /\/fund_group\//, method: 'POST', times: 2, status: 503 });
    const pay = $<HTMLButtonElement>(el, '[part="pay-button"]')!;
    pay.focus();
    pay.click();
    await focusLandsOn(() => $(el, '[part="group"] [role="alert"]'), 'the group’s error');
  });

  it('goes to the group’s heading when polling finds its Pay button gone (funded elsewhere)', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id, { pollInterval: 40 });
    await choose(el, 'Operating account');
    await startFunding(el);
    await focusLandsOn(() => $(el, '#groups-title'), 'the groups heading');
    const pay = $<HTMLButtonElement>(el, '[part="pay-button"]')!;
    pay.focus();
    const reference = $(el, '[part="group"] h4')!.dataset.group!;
    expect((await simulate(setup, `payment_runs/${id}/fund_group/${reference}`)).status).to.equal(
      201,
    );
    await waitUntil(() => !$(el, '[part="pay-button"]'), 'the group was not seen funded');
    await focusLandsOn(() => $(el, '[part="group"] h4'), 'the group heading');
  });

  it('goes to the group’s heading after a confirmed cancel, not to a button', async () => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const el = await mount(
      setup.clientFor('controller'),
      await pendingFundingRun(setup, twoGroups),
    );
    await choose(el, 'Operating account');
    await startFunding(el);
    const first = $$(el, '[part="group"]')[0];
    const cancel = first.querySelector<HTMLButtonElement>('button.danger')!;
    cancel.focus();
    cancel.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    // The dialog opens on its safe choice, not on the destructive one.
    expect(deepActiveElement(), describeFocus()).to.equal(
      dialog.querySelector('button:not(.danger)'),
    );
    dialog.querySelector<HTMLButtonElement>('button.danger')!.click();
    await waitUntil(() => !dialog.open);
    await focusLandsOn(() => $$(el, '[part="group"]')[0].querySelector('h4'), 'the group heading');
    expect(text(deepActiveElement())).to.contain('Group');
  });

  it('goes to what loaded after Retry of a run that could not be loaded', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    setup.sandbox.faults.add({
      path: `/v1/payment_runs/${id}`,
      method: 'GET',
      times: 2,
      status: 503,
    });
    const el = await mount(setup.clientFor('controller'), id);
    const retry = $<HTMLButtonElement>(el, '[part="error"] button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await shown(el, '[part="accounts"]');
    await focusLandsOn(() => $(el, '#accounts-title'), 'the accounts heading');
  });

  it('stays on Retry while the error persists', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    setup.sandbox.faults.add({
      path: `/v1/payment_runs/${id}`,
      method: 'GET',
      times: 4,
      status: 503,
    });
    const el = await mount(setup.clientFor('controller'), id);
    $<HTMLButtonElement>(el, '[part="error"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="error"]') && !el.matches(':state(loading)'));
    await el.updateComplete;
    const active = deepActiveElement();
    expect(
      active === $(el, '[part="error"] button') || active === $(el, '[part="error"]'),
    ).to.equal(true, describeFocus());
  });
});
