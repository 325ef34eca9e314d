import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fundingChoiceStrings } from '../../src/components/funding-instructions/strings-choice.js';
import { groupsPartStrings } from '../../src/components/funding-instructions/strings-groups.js';
import { fundingStrings as firstPaintStrings } from '../../src/components/funding-instructions/strings.js';

/** The element's English, with the texts that come with its parts. */
const fundingStrings = { ...firstPaintStrings, ...fundingChoiceStrings, ...groupsPartStrings };
import { setupSandbox } from '../helpers/sandbox.js';
import {
  nextEvent,
  $,
  $$,
  authorise,
  choose,
  gbp,
  mount,
  pendingFundingRun,
  radioFor,
  seededRun,
  shown,
  text,
  validatedRun,
} from './helpers.js';

describe('<funding-instructions> before funding', () => {
  it('explains what comes before funding and follows the run until it can be funded', async () => {
    const setup = setupSandbox();
    const controller = setup.clientFor('controller');
    const id = await validatedRun(setup, [gbp('Acme Office Supplies Ltd', 50_000, 'INV-1')]);
    const el = await mount(controller, id, { pollInterval: 50 });

    expect(text($(el, '[part="notice"]'))).to.contain('awaits confirmation by a Controller');
    const current = $(el, '.steps [aria-current="step"]');
    expect(text(current)).to.contain('Confirmed');
    expect(text(current)).to.contain('(current step)');
    await expect(el).to.be.accessible();

    await authorise(setup, id);
    await shown(
      el,
      '[part="accounts"]',
      'the element did not notice the run became PENDING_FUNDING',
    );
    expect($(el, '[part="notice"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes runs pushed by the host with applyUpdate and ignores stale or foreign ones', async () => {
    const setup = setupSandbox();
    const controller = setup.clientFor('controller');
    const id = await validatedRun(setup, [gbp('Acme Office Supplies Ltd', 50_000, 'INV-1')]);
    const el = await mount(controller, id);
    const older = await controller.getPaymentRun(id);
    await controller.confirmPaymentRun(id);
    const newer = await controller.getPaymentRun(id);

    expect(el.applyUpdate(newer)).to.equal(true);
    await el.updateComplete;
    expect(text($(el, '[part="notice"]'))).to.contain('awaits authorisation');

    expect(el.applyUpdate(older)).to.equal(false);
    expect(el.applyUpdate({ ...newer, id: 'ffffffffffffffffffffffff' })).to.equal(false);
    await el.updateComplete;
    expect(text($(el, '[part="notice"]'))).to.contain('awaits authorisation');
  });

  it('says an invalid run cannot be funded', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await seededRun(setup, 'JAN-2026-01'));
    expect(text($(el, '[part="notice"]'))).to.contain('invalid and cannot be funded');
    await expect(el).to.be.accessible();
  });
});

describe('<funding-instructions> account choice', () => {
  it('offers only linked accounts with an active consent in the run’s currency', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));

    const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((r) => r.name)).to.deep.equal(Array(5).fill('account-GBP'));
    expect(radioFor(el, 'Operating account').disabled).to.equal(false);
    expect(radioFor(el, 'Payroll account').disabled).to.equal(false);
    expect(radioFor(el, 'Reserve account').disabled).to.equal(false);
    expect(radioFor(el, 'Old account').disabled, 'expired consent').to.equal(true);
    const pending = $$<HTMLInputElement>(el, 'input[type="radio"]').filter((r) => r.disabled);
    expect(pending).to.have.length(2);

    // The EUR account is shown apart and cannot be chosen for a GBP run.
    const other = text($(el, '[aria-labelledby="other-accounts"]'));
    expect(other).to.contain('Euro account');
    expect(other).to.contain('IE29 •••• 5678');
    expect(other).to.contain('This account holds EUR; the run pays GBP.');

    // Reasons and warnings are tied to the radio.
    const old = radioFor(el, 'Old account');
    const note = $(el, `#${old.id}-note`);
    expect(text(note)).to.equal(fundingStrings['funding.account.reason.consent-EXPIRED']);
    expect(old.getAttribute('aria-describedby')).to.contain(`${old.id}-note`);
    const reserve = radioFor(el, 'Reserve account');
    expect(text($(el, `#${reserve.id}-note`))).to.contain('expires within 7 days');
    expect(text($(el, `#${radioFor(el, 'Operating account').id}-note`))).to.equal('');

    // Masked identification, logo with alt text, status and consent.
    const facts = text($(el, `#${radioFor(el, 'Operating account').id}-facts`));
    expect(facts).to.contain('Sort code 60-16-13, account ending 6819');
    expect(facts).not.to.contain('31926819');
    expect(facts).to.contain('Account: Linked');
    expect(facts).to.contain('Consent: Active');
    expect($$<HTMLImageElement>(el, 'img.logo').every((img) => img.alt.endsWith(' logo'))).to.equal(
      true,
    );

    // Nothing chosen yet (three usable accounts): Start is disabled and says why.
    const start = $<HTMLButtonElement>(el, '[part="start-button"]')!;
    expect(start.disabled).to.equal(true);
    expect(text($(el, '#start-hint'))).to.equal(fundingStrings['funding.start.hint']);
    await expect(el).to.be.accessible();

    await choose(el, 'Payroll account');
    expect(start.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is operable by keyboard: arrow keys move the choice within a currency', async () => {
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    radioFor(el, 'Operating account').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(radioFor(el, 'Operating account').checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radioFor(el, 'Payroll account').checked).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part="start-button"]')!.disabled).to.equal(false);
  });

  it('preselects the only usable account of a currency', async () => {
    const setup = setupSandbox();
    const token = await setup.sandbox.login('controller');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Revoke every GBP consent but one.
    const accounts = (await setup.clientFor('controller').listLinkedAccounts()).linkedAccounts;
    for (const a of accounts.filter(
      (x) => x.currency === 'GBP' && x.friendlyName !== 'Payroll account',
    )) {
      await setup.fetch(`https://proxy.test/simulate/v1/consents/${a.id}/change_status`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ action: 'REVOKED' }),
      });
    }
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    expect(radioFor(el, 'Payroll account').checked).to.equal(true);
    const revoked = radioFor(el, 'Operating account');
    expect(text($(el, `#${revoked.id}-note`))).to.equal(
      fundingStrings['funding.account.reason.consent-REVOKED'],
    );
    expect($<HTMLButtonElement>(el, '[part="start-button"]')!.disabled).to.equal(false);
  });
});

describe('<funding-instructions> without a usable account', () => {
  it('shows an empty state and fires funding-link-account for the currency', async () => {
    const setup = setupSandbox({ seed: false });
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    const empty = await shown(el, '[part="empty"]');
    expect(text(empty)).to.contain('No account can pay GBP');
    expect($(el, '[part="start-button"]')!.hasAttribute('disabled')).to.equal(true);
    await expect(el).to.be.accessible();

    const button = empty.querySelector('button')!;
    setTimeout(() => button.click());
    const event = await nextEvent(el, 'funding-link-account');
    expect(event.detail).to.deep.equal({ currency: 'GBP' });
    expect(event.cancelable).to.equal(true);
    await el.updateComplete;
    // Nobody handled it: the element says how to go on.
    expect(text(empty)).to.contain(fundingStrings['funding.empty.unhandled']);
    await expect(el).to.be.accessible();
  });

  it('leaves linking to a host that prevents funding-link-account', async () => {
    const setup = setupSandbox({ seed: false });
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    el.addEventListener('funding-link-account', (e) => e.preventDefault());
    (await shown(el, '[part="empty"] button')).click();
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).not.to.contain(fundingStrings['funding.empty.unhandled']);
  });
});

describe('<funding-instructions> for a CREATOR', () => {
  it('explains that funding needs the Controller role (403)', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('creator'), id);
    const alert = await shown(el, '[part="error"]');
    expect(text(alert)).to.contain(fundingStrings['funding.accounts.permission']);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect($(el, '[part="start-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
