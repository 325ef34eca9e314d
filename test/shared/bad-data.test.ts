/**
 * No data may leave an element stuck: money in an unknown or malformed currency is shown with its
 * code, and anything that throws while deriving or rendering the data becomes the element's error
 * with Retry and a `payment-run-error` (`action: 'render'`), never an uncaught error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import '../../src/funding-instructions.js';
import type { PaymentRunListElement } from '../../src/payment-run-list.js';
import '../../src/payment-run-list.js';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import '../../src/payment-run-status.js';
import { builder, field, fillRow, GOOD_FPS } from '../payment-run-builder/helpers.js';
import { pendingFundingRun } from '../funding-instructions/helpers.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

/** Every `currency` in the API's answers replaced by `bad.currency` while it is set. */
function rewritingClient(setup: SandboxSetup, bad: { currency?: string }): PaymentRunClient {
  const swap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          k === 'currency' && bad.currency !== undefined ? bad.currency : swap(v),
        ]),
      );
    }
    return value;
  };
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await setup.fetch(input, init);
    if (!response.headers.get('content-type')?.includes('json')) return response;
    const body = swap(await response.json());
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: response.headers,
    });
  }) as typeof globalThis.fetch;
  return createPaymentRunClient({
    apiBase: 'https://proxy.test',
    getToken: () => setup.sandbox.login('controller'),
    fetch,
    retries: 0,
  });
}

/** Uncaught errors and unhandled rejections while a test runs. */
function watchUncaught() {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Host texts that throw on `key` while `armed`: a formatter that breaks on this data. */
function throwingStrings(key: string) {
  const state = { armed: true };
  const strings = new Proxy(
    {},
    {
      get(_target, name) {
        if (state.armed && name === key) throw new Error(`cannot format ${key}`);
        return undefined;
      },
    },
  );
  return { state, strings };
}

async function createdRun(setup: SandboxSetup): Promise<string> {
  const run = await setup.clientFor('creator').createPaymentRun({
    payments: [
      {
        paymentAmount: { currency: 'GBP', amount: 123_450 },
        reference: 'INV-1',
        supplier: {
          name: 'Acme Office Supplies Ltd',
          type: 'BUSINESS',
          bankAccountDetails: { accountNumber: '12345670', sortCode: '123456' },
        },
      },
    ],
  });
  await setup.sandbox.advance(2000);
  return run.id;
}

const settled = (el: HTMLElement) =>
  waitUntil(
    () => !el.matches(':state(loading)') && !el.shadowRoot!.querySelector('.skeleton'),
    'still loading',
    { timeout: 4000 },
  );

describe('bad data in <payment-run-status>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => (uncaught = watchUncaught()));
  afterEach(() => uncaught.stop());

  for (const currency of ['XX1', '', 'ZZZ']) {
    it(`shows money in currency ${JSON.stringify(currency)} with its code, not a stuck load`, async () => {
      const setup = setupSandbox();
      const id = await createdRun(setup);
      const client = rewritingClient(setup, { currency });
      const el = await fixture<PaymentRunStatusElement>(
        html`<payment-run-status
          locale="en-GB"
          poll-interval="0"
          .client=${client}
          payment-run-id=${id}
        ></payment-run-status>`,
      );
      await settled(el);
      await el.updateComplete;
      const shown = text(el);
      expect(shown).not.to.contain('Loading the payment run');
      expect(shown).to.contain(`123,450${currency ? ` ${currency}` : ''}`);
      expect(uncaught.seen).to.deep.equal([]);
    });
  }

  it('shows an error with Retry when rendering the data throws, and recovers on Retry', async () => {
    const setup = setupSandbox();
    const id = await createdRun(setup);
    const { state, strings } = throwingStrings('totals.all');
    const errors: { action: string }[] = [];
    const wrap = await fixture(
      html`<div @payment-run-error=${(e: CustomEvent<{ action: string }>) => errors.push(e.detail)}>
        <payment-run-status
          locale="en-GB"
          poll-interval="0"
          .strings=${strings}
          .client=${setup.clientFor('controller')}
          payment-run-id=${id}
        ></payment-run-status>
      </div>`,
    );
    const el = wrap.querySelector<PaymentRunStatusElement>('payment-run-status')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] button'), 'no Retry', {
      timeout: 4000,
    });
    expect(el.matches(':state(error)')).to.be.true;
    expect(el.matches(':state(loading)')).to.be.false;
    expect(text(el)).not.to.contain('Loading the payment run');
    expect(errors.map((e) => e.action)).to.include('render');
    expect(uncaught.seen).to.deep.equal([]);

    state.armed = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="totals"]'), 'not recovered', {
      timeout: 4000,
    });
    expect(text(el)).to.contain('£1,234.50');
    expect(el.matches(':state(error)')).to.be.false;
    expect(uncaught.seen).to.deep.equal([]);
  });
});

describe('bad data in <funding-instructions>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => (uncaught = watchUncaught()));
  afterEach(() => uncaught.stop());

  for (const currency of ['XX1', '', 'ZZZ']) {
    it(`shows money in currency ${JSON.stringify(currency)} with its code, not a stuck load`, async () => {
      const setup = setupSandbox();
      const id = await pendingFundingRun(setup);
      const client = rewritingClient(setup, { currency });
      const el = await fixture<FundingInstructionsElement>(
        html`<funding-instructions
          locale="en-GB"
          poll-interval="0"
          .client=${client}
          payment-run-id=${id}
        ></funding-instructions>`,
      );
      await settled(el);
      await el.updateComplete;
      const shown = text(el);
      expect(shown).not.to.contain('Loading');
      expect(shown).to.contain(`150,000${currency ? ` ${currency}` : ''}`);
      expect(uncaught.seen).to.deep.equal([]);
    });
  }

  it('shows an error with Retry when rendering the data throws, and recovers on Retry', async () => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    const { state, strings } = throwingStrings('funding.total');
    const errors: { action: string }[] = [];
    const wrap = await fixture(
      html`<div @payment-run-error=${(e: CustomEvent<{ action: string }>) => errors.push(e.detail)}>
        <funding-instructions
          locale="en-GB"
          poll-interval="0"
          .strings=${strings}
          .client=${setup.clientFor('controller')}
          payment-run-id=${id}
        ></funding-instructions>
      </div>`,
    );
    const el = wrap.querySelector<FundingInstructionsElement>('funding-instructions')!;
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
    await waitUntil(retry, 'no Retry', { timeout: 4000 });
    expect(el.matches(':state(error)')).to.be.true;
    expect(el.matches(':state(loading)')).to.be.false;
    expect(errors.map((e) => e.action)).to.include('render');
    expect(uncaught.seen).to.deep.equal([]);

    state.armed = false;
    retry()!.click();
    await waitUntil(() => !retry() && text(el).includes('£1,500.00'), 'not recovered', {
      timeout: 4000,
    });
    expect(el.matches(':state(error)')).to.be.false;
    expect(uncaught.seen).to.deep.equal([]);
  });
});

describe('bad data in <payment-run-list>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => (uncaught = watchUncaught()));
  afterEach(() => uncaught.stop());

  for (const currency of ['XX1', 'ZZZ']) {
    it(`shows money in currency ${currency} with its code`, async () => {
      const setup = setupSandbox();
      const client = rewritingClient(setup, { currency });
      const el = await fixture<PaymentRunListElement>(
        html`<payment-run-list
          locale="en-GB"
          poll-interval="0"
          .client=${client}
        ></payment-run-list>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'no rows', { timeout: 4000 });
      const amounts = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent);
      expect(amounts.some((a) => a.includes(` ${currency}`))).to.be.true;
      expect(uncaught.seen).to.deep.equal([]);
    });
  }

  it('shows an error with Retry when rendering the data throws, and recovers on Retry', async () => {
    const setup = setupSandbox();
    const { state, strings } = throwingStrings('list.label');
    const errors: { action: string }[] = [];
    const wrap = await fixture(
      html`<div @payment-run-error=${(e: CustomEvent<{ action: string }>) => errors.push(e.detail)}>
        <payment-run-list
          locale="en-GB"
          poll-interval="0"
          .strings=${strings}
          .client=${setup.clientFor('controller')}
        ></payment-run-list>
      </div>`,
    );
    const el = wrap.querySelector<PaymentRunListElement>('payment-run-list')!;
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
    await waitUntil(retry, 'no Retry', { timeout: 4000 });
    expect(el.matches(':state(error)')).to.be.true;
    expect(errors.map((e) => e.action)).to.include('render');
    expect(uncaught.seen).to.deep.equal([]);

    state.armed = false;
    retry()!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'not recovered', {
      timeout: 4000,
    });
    expect(el.matches(':state(error)')).to.be.false;
    expect(uncaught.seen).to.deep.equal([]);
  });
});

describe('a view that throws in <payment-run-builder>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => (uncaught = watchUncaught()));
  afterEach(() => uncaught.stop());

  it('shows an error with Retry, keeps the rows, and recovers on Retry', async () => {
    const el = await builder();
    const errors: { action: string }[] = [];
    el.addEventListener('payment-run-error', (e) => errors.push(e.detail));
    await fillRow(el, 0, GOOD_FPS);
    const { state, strings } = throwingStrings('builder.payments');
    el.strings = strings;
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
    await waitUntil(retry, 'no Retry', { timeout: 4000 });
    expect(el.matches(':state(error)')).to.be.true;
    expect(errors.map((e) => e.action)).to.include('render');
    expect(uncaught.seen).to.deep.equal([]);

    state.armed = false;
    retry()!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.row'), 'not recovered', {
      timeout: 4000,
    });
    expect(field(el, 0, 'name').value).to.equal(GOOD_FPS.name);
    expect(field(el, 0, 'reference').value).to.equal(GOOD_FPS.reference);
    expect(el.matches(':state(error)')).to.be.false;
    expect(uncaught.seen).to.deep.equal([]);
  });
});
