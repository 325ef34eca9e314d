import { expect, fixture, html } from '@open-wc/testing';
import { createPaymentRunClient } from '../../src/api/index.js';
import { partLoaders } from '../../src/components/funding-instructions/parts.js';
import { fundingStrings } from '../../src/components/funding-instructions/strings.js';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import { apiStrings } from '../../src/i18n/api-strings.js';
import { setupSandbox } from '../helpers/sandbox.js';
import {
  $,
  $$,
  PROXY,
  choose,
  mount,
  pendingFundingRun,
  seededRun,
  shown,
  text,
  validatedRun,
  gbp,
  waitUntil,
} from './helpers.js';

type Loaders = typeof partLoaders;
const real: Loaders = { ...partLoaders };

/** The loader, failing the first time as an `import()` does offline. */
function failingOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let failed = false;
  return () => {
    if (failed) return load();
    failed = true;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
}

/** Counts the loads of each part, through the loaders set now. */
function countLoads(): Record<keyof Loaders, number> {
  const counts = { choice: 0, groups: 0 };
  const { choice, groups } = partLoaders;
  partLoaders.choice = () => (counts.choice++, choice());
  partLoaders.groups = () => (counts.groups++, groups());
  return counts;
}

describe('<funding-instructions> UI loaded on demand', () => {
  /** The actions of every `payment-run-error` that reached the document. */
  let actions: string[] = [];
  const onError = (e: Event) => actions.push((e as CustomEvent<{ action: string }>).detail.action);
  beforeEach(() => {
    actions = [];
    document.addEventListener('payment-run-error', onError);
  });
  afterEach(() => {
    Object.assign(partLoaders, real);
    document.removeEventListener('payment-run-error', onError);
  });

  it('loads neither the account choice nor the groups for a run not ready to fund', async () => {
    const loads = countLoads();
    const setup = setupSandbox();
    const id = await validatedRun(setup, [gbp('Acme Office Supplies Ltd', 50_000, 'INV-1')]);
    const el = await mount(setup.clientFor('controller'), id);
    expect(text($(el, '[part="notice"]'))).to.contain('awaits confirmation');
    expect(loads).to.deep.equal({ choice: 0, groups: 0 });
  });

  it('loads the account choice while the linked accounts are read, under one skeleton', async () => {
    const loads = countLoads();
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let accountsAnswered = false;
    const client = createPaymentRunClient({
      apiBase: PROXY,
      getToken: () => setup.sandbox.login('controller'),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (!request.url.includes('linked_accounts')) return setup.fetch(request);
        await held;
        const response = await setup.fetch(request);
        accountsAnswered = true;
        return response;
      },
    });
    const el = await fixture<FundingInstructionsElement>(html`
      <funding-instructions
        .client=${client}
        poll-interval="0"
        payment-run-id=${id}
      ></funding-instructions>
    `);
    await waitUntil(() => loads.choice === 1, 'the account choice was not loaded');
    expect(accountsAnswered).to.equal(false);
    expect(text($(el, '.skeleton [role="status"]'))).to.equal(
      fundingStrings['funding.accounts.loading'],
    );
    release();
    await shown(el, '[part="accounts"]');
    expect(loads).to.deep.equal({ choice: 1, groups: 0 });
    await expect(el).to.be.accessible();
  });

  it('says when the account choice cannot be loaded, and Retry loads it', async () => {
    partLoaders.choice = failingOnce(real.choice);
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await pendingFundingRun(setup));
    const alert = await shown(el, '#choice-error');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain(apiStrings['error.network']);
    expect($(el, '[part="start-button"]')).to.equal(null);
    expect(actions).to.deep.equal(['fund']);
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    const accounts = await shown(el, '[part="accounts"]');
    expect($(el, '#choice-error')).to.equal(null);
    // The part brought its styles.
    expect(getComputedStyle(accounts.querySelector('ul.accounts')!).listStyleType).to.equal('none');
    await choose(el, 'Operating account');
    expect($<HTMLButtonElement>(el, '[part="start-button"]')!.disabled).to.equal(false);
  });

  it('says when the groups cannot be loaded, and Retry loads them', async () => {
    partLoaders.groups = failingOnce(real.groups);
    const loads = countLoads();
    const setup = setupSandbox();
    const el = await mount(setup.clientFor('controller'), await seededRun(setup, 'EU-2026-01'));
    const alert = await shown(el, '#groups-error');
    expect(text(alert)).to.contain(apiStrings['error.network']);
    expect(el.matches(':state(error)'), 'the run itself loaded').to.equal(false);
    expect(actions).to.deep.equal(['refresh-groups']);
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await shown(el, '[part="group"]');
    expect($$(el, '[part="group"]')).to.have.length(2);
    expect(getComputedStyle($(el, 'ul.groups')!).listStyleType).to.equal('none');
    expect($(el, 'dialog')).to.not.equal(null);
    expect(loads).to.deep.equal({ choice: 0, groups: 2 });
    await expect(el).to.be.accessible();
  });

  it('loads the groups while funding starts; when they cannot be loaded, focuses Retry', async () => {
    partLoaders.groups = failingOnce(real.groups);
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const el = await mount(setup.clientFor('controller'), id);
    await choose(el, 'Operating account');
    $<HTMLButtonElement>(el, '[part="start-button"]')!.click();
    const alert = await shown(el, '#groups-error');
    const retry = alert.querySelector('button')!;
    await waitUntil(() => el.shadowRoot!.activeElement === retry, 'Retry was not focused');
    // Funding did start: the API made the groups.
    const run = await setup.clientFor('controller').getPaymentRun(id);
    expect(run.payments.map((p) => p.status)).to.deep.equal(['AWAITING_FUNDS', 'AWAITING_FUNDS']);
    await expect(el).to.be.accessible();

    retry.click();
    await shown(el, '[part="group"]');
    expect(text($(el, '#progress-text'))).to.contain('0 of 1 group funded');
  });
});
