import { expect } from '@open-wc/testing';
import { CONFLICT_CODES } from '../../src/api/conflict-codes.js';
import { fundingChoiceStrings } from '../../src/components/funding-instructions/strings-choice.js';
import { groupsPartStrings } from '../../src/components/funding-instructions/strings-groups.js';
import { fundingStrings as firstPaintStrings } from '../../src/components/funding-instructions/strings.js';

/** The element's English, with the texts that come with its parts. */
const fundingStrings = { ...firstPaintStrings, ...fundingChoiceStrings, ...groupsPartStrings };
import { apiStrings } from '../../src/i18n/api-strings.js';
import { setupSandbox } from '../helpers/sandbox.js';
import {
  waitUntil,
  nextEvent,
  $,
  $$,
  choose,
  mount,
  pendingFundingRun,
  shown,
  simulate,
  startFunding,
  text,
} from './helpers.js';

const conflict = (errorCode: string) => ({
  times: 1,
  status: 409,
  body: JSON.stringify({ errorCode }),
});
const strings: Record<string, string> = { ...apiStrings, ...fundingStrings };

describe('<funding-instructions> errors', () => {
  for (const code of CONFLICT_CODES.getPaymentRunsIdFund) {
    it(`explains a 409 ${code} when funding starts`, async () => {
      const setup = setupSandbox();
      const id = await pendingFundingRun(setup);
      const el = await mount(setup.clientFor('controller'), id);
      await choose(el, 'Operating account');
      setup.sandbox.faults.add({
        path: `/v1/payment_runs/${id}/fund`,
        method: 'GET',
        ...conflict(code),
      });
      setTimeout(() => $<HTMLButtonElement>(el, '[part="start-button"]')!.click());
      const event = await nextEvent(el, 'payment-run-error');
      expect(event.detail.action).to.equal('fund');
      const alert = await shown(el, '#start-error');
      expect(text(alert)).to.contain(strings[`conflict.${code}`]);
      expect(alert.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      // The state is reloaded; the user can choose again and start.
      await shown(el, '[part="start-button"]');
      await waitUntil(() => !el.matches(':state(busy)'));
      if (!$<HTMLInputElement>(el, 'input:checked')) await choose(el, 'Operating account');
      await startFunding(el);
      expect($$(el, '[part="group"]')).to.have.length(1);
    });
  }

  it('explains LINKED_ACCOUNT_INVALID_STATE when the chosen consent ended meanwhile (by state)', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Payroll account');
    const payroll = (await setup.clientFor('controller').listLinkedAccounts()).linkedAccounts.find(
      (a) => a.friendlyName === 'Payroll account',
    )!;
    const res = await simulate(setup, `consents/${payroll.id}/change_status`, {
      action: 'EXPIRED',
    });
    expect(res.status).to.equal(204);
    $<HTMLButtonElement>(el, '[part="start-button"]')!.click();
    const alert = await shown(el, '#start-error');
    expect(text(alert)).to.contain(apiStrings['conflict.LINKED_ACCOUNT_INVALID_STATE']);
    // The accounts are reloaded: the expired one can no longer be chosen.
    await waitUntil(() => {
      const label = $$(el, 'label.account-name').find((l) => text(l).includes('Payroll account'));
      return label && $<HTMLInputElement>(el, `#${label.getAttribute('for')}`)!.disabled;
    }, 'the expired account was still offered');
    await expect(el).to.be.accessible();
  });

  for (const code of CONFLICT_CODES.postCancelPaymentRunGroup) {
    it(`explains a 409 ${code} of a group cancel`, async () => {
      const setup = setupSandbox();
      const id = await pendingFundingRun(setup);
      const el = await mount(setup.clientFor('controller'), id);
      await choose(el, 'Operating account');
      await startFunding(el);
      setup.sandbox.faults.add({ path: /\/group\/.*\/cancel$/, method: 'POST', ...conflict(code) });
      $<HTMLButtonElement>(el, '[part="group"] button.danger')!.click();
      await el.updateComplete;
      setTimeout(() => $<HTMLButtonElement>(el, 'dialog button.danger')!.click());
      const event = await nextEvent(el, 'payment-run-error');
      expect(event.detail.action).to.equal('cancel-group');
      const alert = await shown(el, 'dialog [role="alert"]');
      expect(text(alert)).to.contain(apiStrings[`conflict.${code}` as keyof typeof apiStrings]);
      await expect(el).to.be.accessible();
    });
  }

  for (const code of ['BUYER_ID_INVALID', 'UNSUPPORTED_CURRENCY']) {
    it(`explains a 409 ${code} of the sandbox's funding step`, async () => {
      const setup = setupSandbox();
      const id = await pendingFundingRun(setup);
      const el = await mount(setup.clientFor('controller'), id, { sandbox: setup });
      await choose(el, 'Operating account');
      await startFunding(el);
      setup.sandbox.faults.add({ path: /\/fund_group\//, method: 'POST', ...conflict(code) });
      setTimeout(() => $<HTMLButtonElement>(el, '[part="pay-button"]')!.click());
      const event = await nextEvent(el, 'payment-run-error');
      expect(event.detail.action).to.equal('fund-group');
      const alert = await shown(el, '[part="group"] [role="alert"]');
      expect(text(alert)).to.contain(strings[`conflict.${code}`]);
      await expect(el).to.be.accessible();
      // Paying again works.
      $<HTMLButtonElement>(el, '[part="pay-button"]')!.click();
      await waitUntil(() => text($(el, '[part="group"] .status')) === 'Paying');
      expect($(el, '[part="group"] [role="alert"]')).to.equal(null);
    });
  }

  it('shows a loading skeleton, then an error with Retry when the run cannot be loaded', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    setup.sandbox.faults.add({
      path: `/v1/payment_runs/${id}`,
      method: 'GET',
      times: 2,
      status: 503,
    });
    const el = await mount(setup.clientFor('controller'), id);
    expect(el.matches(':state(error)')).to.equal(true);
    const alert = $(el, '[part="error"]')!;
    expect(text(alert)).to.contain(apiStrings['error.server']);
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await shown(el, '[part="accounts"]');
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('has the loading state while the run loads', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    setup.sandbox.faults.add({
      path: `/v1/payment_runs/${id}`,
      method: 'GET',
      times: 1,
      latencyMs: 300,
    });
    const el = document.createElement('funding-instructions');
    el.client = setup.clientFor('controller');
    el.paymentRunId = id;
    document.body.append(el);
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    expect($(el, '.skeleton[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => !el.matches(':state(loading)'));
    el.remove();
  });

  it('says what is missing when it has no configuration', async () => {
    const el = document.createElement('funding-instructions');
    el.paymentRunId = 'aaaaaaaaaaaaaaaaaaaaaaaa';
    document.body.append(el);
    await waitUntil(() => el.matches(':state(error)'));
    expect(text($(el, '[part="error"]'))).to.contain('api-base');
    el.remove();
  });
});
