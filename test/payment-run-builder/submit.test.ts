import { expect } from '@open-wc/testing';
import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import { apiStrings } from '../../src/i18n/api-strings.js';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import { $, $$, builder, errorOf, field, fillRow, frame, GOOD_FPS, once } from './helpers.js';
import { CONFLICT_CODES } from '../../src/api/conflict-codes.js';

const SECOND = {
  ...GOOD_FPS,
  name: 'Beta Parts Ltd',
  accountNumber: '87654321',
  reference: 'INV-1002',
};

/** A creator's client that records every create request's idempotency-ref. */
function recordingClient(setup: SandboxSetup): { client: PaymentRunClient; refs: string[] } {
  const refs: string[] = [];
  const client = createPaymentRunClient({
    apiBase: 'https://proxy.test',
    getToken: () => setup.sandbox.login('creator'),
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/v1/payment_runs'))
        refs.push(request.headers.get('idempotency-ref') ?? '');
      return setup.fetch(request);
    },
    retries: 0,
  });
  return { client, refs };
}

async function runCount(setup: SandboxSetup): Promise<number> {
  return (await setup.clientFor('creator').listPaymentRuns({ limit: 100 })).count;
}

async function filled(client: PaymentRunClient): Promise<PaymentRunBuilderElement> {
  const el = await builder({ client });
  await fillRow(el, 0, GOOD_FPS);
  await el.addPayments([SECOND]);
  await el.updateComplete;
  return el;
}

const conflict = (errorCode: string) => ({
  path: '/v1/payment_runs',
  method: 'POST',
  times: 1,
  status: 409,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ errorCode }),
});

/** The values of every field of every row, to prove nothing was lost. */
const snapshot = (el: PaymentRunBuilderElement) => JSON.stringify(el.request);

describe('<payment-run-builder> submit against the sandbox', () => {
  let setup: SandboxSetup;
  beforeEach(() => {
    setup = setupSandbox();
  });
  afterEach(() => setup.sandbox.stop());

  it('creates the run, fires payment-run-created and shows it with a way to start another', async () => {
    const { client, refs } = recordingClient(setup);
    const before = await runCount(setup);
    const el = await filled(client);
    const submitted = once(el, 'payment-run-submit');
    const created = once(el, 'payment-run-created');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    expect((await submitted).detail.request.payments).to.have.length(2);
    const { detail } = await created;
    await el.updateComplete;
    expect(detail.paymentRun.status).to.equal('QUEUED');
    expect(detail.paymentRun.payments[0].paymentAmount).to.deep.equal({
      currency: 'GBP',
      amount: 123450,
    });
    expect(await runCount(setup)).to.equal(before + 1);
    expect(refs).to.have.length(1);
    expect($(el, '[part="success"]')!.textContent).to.contain(detail.paymentRun.id);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="success"] h2'));
    expect(el.matches(':state(created)')).to.equal(true);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="success"] button')!.click();
    await el.updateComplete;
    expect(el.rowCount).to.equal(1);
    expect(field(el, 0, 'name').value).to.equal('');
  });

  it('says what happens next, with the run id and the reference, and no status that goes stale', async () => {
    const el = await builder({ client: setup.clientFor('creator') });
    await fillRow(el, 0, GOOD_FPS);
    const ref = $<HTMLInputElement>(el, '#run-paymentRunRef')!;
    ref.value = 'MARCH-SUPPLIERS';
    ref.dispatchEvent(new Event('input', { bubbles: true }));
    const created = once(el, 'payment-run-created');
    await el.submit();
    const { paymentRun } = (await created).detail;
    await el.updateComplete;
    const panel = $(el, '[part="success"]')!;
    const text = panel.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('checking the payees');
    for (const key of Object.keys(apiStrings).filter((k) => k.startsWith('status.run.')))
      expect(text).to.not.contain(apiStrings[key as keyof typeof apiStrings]);
    const pairs = [...panel.querySelectorAll('dt')].map((dt) => [
      dt.textContent.trim(),
      dt.nextElementSibling!.textContent.trim(),
    ]);
    expect(pairs).to.deep.equal([
      ['Run ID', paymentRun.id],
      ['Your reference for the run', 'MARCH-SUPPLIERS'],
    ]);
    expect(text).to.not.match(/Reference \w/);
  });

  it('shows progress while waiting and sends one request for a double click', async () => {
    const { client, refs } = recordingClient(setup);
    setup.sandbox.faults.add({
      path: '/v1/payment_runs',
      method: 'POST',
      times: 1,
      latencyMs: 200,
    });
    const before = await runCount(setup);
    const el = await filled(client);
    const button = $<HTMLButtonElement>(el, '[part="submit"]')!;
    button.click();
    button.click();
    await el.updateComplete;
    expect(el.matches(':state(busy)')).to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Creating');
    await expect(el).to.be.accessible();
    const second = el.submit();
    await once(el, 'payment-run-created');
    await second;
    expect(refs).to.have.length(1);
    expect(await runCount(setup)).to.equal(before + 1);
  });

  it('after a 503, a retry reuses the idempotency-ref and leaves exactly one run', async () => {
    const { client, refs } = recordingClient(setup);
    setup.sandbox.faults.add({ path: '/v1/payment_runs', method: 'POST', times: 1, status: 503 });
    const before = await runCount(setup);
    const el = await filled(client);
    const rows = snapshot(el);
    const failed = once(el, 'payment-run-error');
    await el.submit();
    expect((await failed).detail).to.include({ action: 'submit' });
    await el.updateComplete;
    expect($(el, '.banner')!.textContent).to.contain(apiStrings['error.server']);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(snapshot(el)).to.equal(rows);
    await expect(el).to.be.accessible();
    const created = once(el, 'payment-run-created');
    $<HTMLButtonElement>(el, '.banner button')!.click();
    await created;
    expect(refs).to.have.length(2);
    expect(refs[1]).to.equal(refs[0]);
    expect(await runCount(setup)).to.equal(before + 1);
  });

  it('uses a new idempotency-ref once the body was edited', async () => {
    const { client, refs } = recordingClient(setup);
    setup.sandbox.faults.add({ path: '/v1/payment_runs', method: 'POST', times: 1, status: 503 });
    const el = await filled(client);
    await el.submit();
    await fillRow(el, 1, { amount: '99.99' });
    await el.submit();
    expect(refs).to.have.length(2);
    expect(refs[1]).to.not.equal(refs[0]);
  });

  it('maps a 400 invalidFields onto rows and fields, and focuses the first', async () => {
    const { client } = recordingClient(setup);
    setup.sandbox.faults.add({
      path: '/v1/payment_runs',
      method: 'POST',
      times: 1,
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        message: 'Bad request',
        syntaxErrors: {
          invalidFields: [
            {
              fieldName: 'payments[1].supplier.bankAccountDetails.sortCode',
              error: 'REGEX',
              params: ['^[0-9]{6}$'],
            },
            { fieldName: 'payments[0].reference', error: 'SIZE', params: ['1', '18'] },
            { fieldName: 'tag', error: 'REGEX', params: [] },
            { fieldName: 'somethingElse', error: 'REQUIRED', params: [] },
          ],
        },
      }),
    });
    const el = await filled(client);
    const rows = snapshot(el);
    await el.submit();
    await el.updateComplete;
    await frame();
    expect(errorOf(el, 1, 'sortCode')).to.contain('refused this format');
    expect(errorOf(el, 0, 'reference')).to.contain('1, 18');
    expect($(el, '#run-tag-e')!.textContent).to.contain('refused');
    expect($(el, '.summary')!.textContent).to.contain('somethingElse');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#run-tag'));
    expect(snapshot(el)).to.equal(rows);
    await expect(el).to.be.accessible();
    // Editing the field clears the server's message.
    await fillRow(el, 1, { sortCode: '65-43-21' });
    expect(errorOf(el, 1, 'sortCode')).to.equal(undefined);
  });

  it('maps a 400 from the sandbox itself', async () => {
    // A host's proxy that breaks the body on its way: the sandbox's own 400 comes back.
    const client = createPaymentRunClient({
      apiBase: 'https://proxy.test',
      getToken: () => setup.sandbox.login('creator'),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method !== 'POST' || !request.url.endsWith('/v1/payment_runs'))
          return setup.fetch(request);
        const body = (await request.json()) as { payments: { supplier: { name: string } }[] };
        body.payments[1].supplier.name = 'Bad_Name';
        return setup.fetch(new Request(request, { body: JSON.stringify(body) }));
      },
      retries: 0,
    });
    const el = await filled(client);
    await el.submit();
    await el.updateComplete;
    expect(errorOf(el, 1, 'name')).to.contain('payment service');
    expect($$(el, '.row')).to.have.length(2);
  });

  it('hands payment-run-submit a frozen copy of exactly the body it sends', async () => {
    const bodies: unknown[] = [];
    const { client } = recordingClient(setup);
    const create = client.createPaymentRun;
    const spy = Object.create(client) as PaymentRunClient;
    spy.createPaymentRun = (body, options) => {
      bodies.push(structuredClone(body));
      return create(body, options);
    };
    const el = await filled(spy);
    const before = snapshot(el);
    const attempts: string[] = [];
    el.addEventListener('payment-run-submit', ({ detail }) => {
      const { request } = detail;
      const payment = request.payments[1] as { reference: string; supplier: { name: string } };
      const tries: [string, () => void][] = [
        ['payment', () => (payment.reference = 'CHANGED')],
        ['supplier', () => (payment.supplier.name = 'Bad_Name')],
        ['payments', () => request.payments.pop()],
        ['run', () => ((request as { tag?: string }).tag = 'changed')],
      ];
      for (const [what, attempt] of tries) {
        try {
          attempt();
        } catch (error) {
          if (error instanceof TypeError) attempts.push(what);
        }
      }
      expect(Object.isFrozen(request.payments[0].paymentAmount)).to.equal(true);
    });
    const created = once(el, 'payment-run-created');
    await el.submit();
    await created;
    expect(attempts).to.deep.equal(['payment', 'supplier', 'payments', 'run']);
    expect(bodies).to.have.length(1);
    expect(JSON.stringify(bodies[0])).to.equal(before);
    expect(snapshot(el)).to.equal(before);
  });

  for (const code of CONFLICT_CODES.postPaymentRun) {
    it(`says what a 409 ${code} means and keeps the rows`, async () => {
      const { client } = recordingClient(setup);
      setup.sandbox.faults.add(conflict(code));
      const el = await filled(client);
      const rows = snapshot(el);
      const failed = once(el, 'payment-run-error');
      await el.submit();
      const { detail } = await failed;
      await el.updateComplete;
      expect((detail.error as { errorCode: string }).errorCode).to.equal(code);
      expect($(el, '.banner')!.textContent).to.contain(
        apiStrings[`conflict.${code}` as keyof typeof apiStrings],
      );
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.banner'));
      expect(snapshot(el)).to.equal(rows);
      expect($$(el, '.row')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  }
});
