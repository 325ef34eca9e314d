import { expect, fixture, html } from '@open-wc/testing';
import { createPaymentRunClient } from '../../src/api/index.js';
import { fundingStrings } from '../../src/components/funding-instructions/strings.js';
import { roleStrings } from '../../src/components/shared/role-strings.js';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import {
  $,
  $$,
  PROXY,
  choose,
  mount,
  pendingFundingRun,
  shown,
  startFunding,
  text,
  waitUntil,
} from './helpers.js';

const CONTROLLER_ONLY = roleStrings['reason.role.CONTROLLER'];

/** A client as `user` that records every request it sends (`GET /v1/…`). */
function recordingClient(setup: SandboxSetup, user: 'creator' | 'controller') {
  const requests: string[] = [];
  const client = createPaymentRunClient({
    apiBase: PROXY,
    getToken: () => setup.sandbox.login(user),
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return setup.fetch(request);
    },
    retries: 1,
  });
  return { client, requests };
}

async function mountWithRoles(
  client: ReturnType<typeof createPaymentRunClient>,
  id: string,
  roles: string,
): Promise<FundingInstructionsElement> {
  const el = await fixture<FundingInstructionsElement>(html`
    <funding-instructions
      .client=${client}
      roles=${roles}
      poll-interval="0"
      payment-run-id=${id}
    ></funding-instructions>
  `);
  await waitUntil(() => !el.matches(':state(loading)') && !$(el, '.skeleton'));
  await el.updateComplete;
  return el;
}

describe('<funding-instructions> roles', () => {
  it('without CONTROLLER, shows Start funding disabled with the reason and asks the API nothing more', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const { client, requests } = recordingClient(setup, 'creator');
    const el = await mountWithRoles(client, id, 'CREATOR');

    const start = $<HTMLButtonElement>(el, '[part="start-button"]')!;
    expect(start.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, `#${start.getAttribute('aria-describedby')}`))).to.equal(CONTROLLER_ONLY);
    expect($(el, '[part="accounts"]')).to.equal(null);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(requests.some((r) => r.includes('linked_accounts'))).to.equal(false);
    let errors = 0;
    el.addEventListener('payment-run-error', () => errors++);
    start.click();
    await el.updateComplete;
    expect(requests.some((r) => r.endsWith('/fund'))).to.equal(false);
    expect(errors).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('takes roles with CONTROLLER as usual, and reads the accounts once the user may fund', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mountWithRoles(setup.clientFor('controller'), id, 'CREATOR');
    expect($(el, '[part="accounts"]')).to.equal(null);
    el.setAttribute('roles', 'CREATOR CONTROLLER');
    await shown(el, '[part="accounts"]');
    await choose(el, 'Operating account');
    const start = $<HTMLButtonElement>(el, '[part="start-button"]')!;
    expect(start.hasAttribute('aria-disabled')).to.equal(false);
    expect(start.disabled).to.equal(false);
    await startFunding(el);
    expect($$(el, '[part="group"]')).to.have.length(1);
  });

  it('without CONTROLLER, shows the groups’ Pay and Cancel disabled with the reason', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Operating account');
    await startFunding(el);
    el.roles = ['CREATOR'];
    await el.updateComplete;

    const group = $$(el, '[part="group"]')[0];
    const pay = group.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
    const cancel = group.querySelector<HTMLButtonElement>('.button.danger')!;
    for (const button of [pay, cancel]) {
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      const ids = button.getAttribute('aria-describedby')!.split(' ');
      expect(ids.map((i) => text(el.shadowRoot!.getElementById(i)))).to.include(CONTROLLER_ONLY);
    }
    const fired: string[] = [];
    el.addEventListener('funding-start', () => fired.push('funding-start'));
    el.addEventListener('funding-group-cancel', () => fired.push('funding-group-cancel'));
    pay.click();
    cancel.click();
    await el.updateComplete;
    expect(fired).to.deep.equal([]);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('without CONTROLLER, a run whose funding started says who can fund it and does not call /fund', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const controller = await mount(setup.clientFor('controller'), id);
    await choose(controller, 'Operating account');
    await startFunding(controller);
    controller.remove();

    const { client, requests } = recordingClient(setup, 'creator');
    const el = await mountWithRoles(client, id, 'CREATOR');
    await shown(el, '[part="notice"]');
    expect(text($(el, '[part="notice"]'))).to.equal(fundingStrings['funding.accounts.permission']);
    expect(requests.some((r) => r.endsWith('/fund') || r.includes('linked_accounts'))).to.equal(
      false,
    );
    await expect(el).to.be.accessible();
  });
});
