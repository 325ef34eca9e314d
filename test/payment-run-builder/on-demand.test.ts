import { expect } from '@open-wc/testing';
import { builderLoaders } from '../../src/components/payment-run-builder/on-demand.js';
import type { PaymentRunErrorDetail } from '../../src/components/shared/events.js';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import { fitReport, resetBox, useBox } from '../helpers/layout.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import { $, builder, field, fillRow, GOOD_FPS, once, until } from './helpers.js';

type Loaders = typeof builderLoaders;
const original = { ...builderLoaders };

/** Makes one chunk unreachable, as offline or after a deploy removed it. */
function unreachable(name: keyof Loaders): void {
  (builderLoaders as Record<keyof Loaders, () => Promise<unknown>>)[name] = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}

/** Every `payment-run-error` that reaches the document. */
function errors(): PaymentRunErrorDetail[] {
  const seen: PaymentRunErrorDetail[] = [];
  document.addEventListener('payment-run-error', (e) =>
    seen.push((e as CustomEvent<PaymentRunErrorDetail>).detail),
  );
  return seen;
}

const alertOf = (el: HTMLElement) => $(el, '.load-error[role="alert"]');
const retry = (el: HTMLElement) => alertOf(el)!.querySelector<HTMLButtonElement>('button')!;

/** The element as a user left it: not busy, nothing inert, the rows as typed. */
function intact(el: PaymentRunBuilderElement, request: string): void {
  expect(el.matches(':state(busy)')).to.equal(false);
  expect($(el, '.rows')!.hasAttribute('inert')).to.equal(false);
  expect(JSON.stringify(el.request)).to.equal(request);
}

describe('<payment-run-builder> code that cannot load', () => {
  let setup: SandboxSetup;
  beforeEach(() => {
    setup = setupSandbox();
  });
  afterEach(() => {
    resetBox();
    Object.assign(builderLoaders, original);
    sessionStorage.removeItem('on-demand-draft');
    setup.sandbox.stop();
  });

  const runs = async () => (await setup.clientFor('creator').listPaymentRuns({ limit: 100 })).count;

  it('submit: says so with Retry, fires payment-run-error, is not stuck busy, and Retry creates the run', async () => {
    const seen = errors();
    const before = await runs();
    const el = await builder({ client: setup.clientFor('creator') });
    await fillRow(el, 0, GOOD_FPS);
    const request = JSON.stringify(el.request);
    unreachable('feedback');
    expect(await el.submit()).to.equal(undefined);
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('could not be loaded');
    expect(seen.map((d) => d.action)).to.deep.equal(['submit']);
    intact(el, request);
    expect(await runs()).to.equal(before);

    Object.assign(builderLoaders, original);
    const created = once(el, 'payment-run-created');
    retry(el).click();
    await created;
    await el.updateComplete;
    expect(el.matches(':state(created)')).to.equal(true);
    expect(alertOf(el)).to.equal(null);
    expect(await runs()).to.equal(before + 1);
  });

  it('import: says so with Retry, fires payment-run-error, keeps the rows, and Retry opens the panel', async () => {
    const seen = errors();
    const el = await builder();
    await fillRow(el, 0, GOOD_FPS);
    const request = JSON.stringify(el.request);
    unreachable('importFlow');
    await el.importText('Beta Parts Ltd\t87654321\t12-34-56\t10.00\tINV-2');
    await el.updateComplete;
    expect(alertOf(el)).to.not.equal(null);
    expect(seen.map((d) => d.action)).to.deep.equal(['import']);
    intact(el, request);
    expect($(el, '[part="import"]')).to.equal(null);

    Object.assign(builderLoaders, original);
    retry(el).click();
    await until(() => !!$(el, '[part="import"]'));
    expect(alertOf(el)).to.equal(null);
    intact(el, request);
  });

  it('export: says so with Retry, fires payment-run-error, and Retry works', async () => {
    const seen = errors();
    const el = await builder();
    await fillRow(el, 0, GOOD_FPS);
    const request = JSON.stringify(el.request);
    unreachable('csv');
    let failed = false;
    await el.exportCsv().catch(() => (failed = true));
    await el.updateComplete;
    expect(failed).to.equal(true);
    expect(alertOf(el)).to.not.equal(null);
    expect(seen.map((d) => d.action)).to.deep.equal(['export']);
    intact(el, request);

    Object.assign(builderLoaders, original);
    retry(el).click();
    await until(() => !alertOf(el));
    expect(await el.exportCsv()).to.contain(GOOD_FPS.name);
  });

  it('restoring a draft: says so with Retry, fires payment-run-error, and Retry restores the rows', async () => {
    const seen = errors();
    const draft = { currency: 'GBP', run: {}, rows: [GOOD_FPS] };
    sessionStorage.setItem('on-demand-draft', JSON.stringify(draft));
    unreachable('draft');
    const el = await builder({ draftKey: 'on-demand-draft' });
    await until(() => !!alertOf(el));
    expect(seen.map((d) => d.action)).to.deep.equal(['restore']);
    expect(field(el, 0, 'name').value).to.equal('');

    Object.assign(builderLoaders, original);
    retry(el).click();
    await until(() => field(el, 0, 'name').value === GOOD_FPS.name);
    expect(alertOf(el)).to.equal(null);
  });

  it('the alert fits a 280px box at 200 % text', async () => {
    await useBox(280, 2);
    const el = await builder();
    unreachable('csv');
    await el.exportCsv().catch(() => undefined);
    await el.updateComplete;
    expect(alertOf(el)).to.not.equal(null);
    expect(fitReport(el)).to.equal('');
  });
});
