import { expect } from '@open-wc/testing';
import { createPaymentRunClient, type PaymentRunClient } from '../../src/api/index.js';
import { IDEMPOTENCY_WINDOW_MS } from '../../src/components/payment-run-builder/submit-controller.js';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import { $, builder, field, fillRow, GOOD_FPS, until } from './helpers.js';

const KEY = 'intent-draft';

/** A client recording each create's idempotency-ref, and every authorization header sent. */
function recording(setup: SandboxSetup) {
  const refs: string[] = [];
  const tokens: string[] = [];
  const client: PaymentRunClient = createPaymentRunClient({
    apiBase: 'https://proxy.test',
    getToken: () => setup.sandbox.login('creator'),
    fetch: (input, init) => {
      const request = new Request(input, init);
      const auth = request.headers.get('authorization');
      if (auth) tokens.push(auth.replace(/^Bearer\s+/i, ''));
      if (request.method === 'POST' && request.url.endsWith('/v1/payment_runs'))
        refs.push(request.headers.get('idempotency-ref') ?? '');
      return setup.fetch(request);
    },
    retries: 0,
  });
  return { client, refs, tokens };
}

/** The element created again from the tab's draft, as after a reload. */
async function reloaded(client: PaymentRunClient): Promise<PaymentRunBuilderElement> {
  const el = await builder({ client, draftKey: KEY });
  await until(() => field(el, 0, 'name').value === GOOD_FPS.name);
  await el.updateComplete;
  return el;
}

describe('<payment-run-builder> draft-key after an ambiguous failure', () => {
  let setup: SandboxSetup;
  beforeEach(() => {
    sessionStorage.removeItem(KEY);
    setup = setupSandbox();
  });
  afterEach(() => {
    sessionStorage.removeItem(KEY);
    setup.sandbox.stop();
  });

  const runs = async () => (await setup.clientFor('creator').listPaymentRuns({ limit: 100 })).count;

  /** Submits once with the answer broken after the run was created, then "reloads" the tab. */
  async function ambiguousCreate(client: PaymentRunClient) {
    const el = await builder({ client, draftKey: KEY });
    await fillRow(el, 0, GOOD_FPS);
    setup.sandbox.faults.add({
      method: 'POST',
      path: '/v1/payment_runs',
      malformed: true,
      times: 1,
    });
    expect(await el.submit()).to.equal(undefined);
    el.remove();
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as {
      intent?: { ref: string; at: number };
    } | null;
  }

  it('a submit after a reload is the same intent: one run, shown created, the ref then cleared', async () => {
    const { client, refs, tokens } = recording(setup);
    const before = await runs();
    const saved = await ambiguousCreate(client);
    expect(await runs()).to.equal(before + 1); // created, though the answer was lost
    expect(saved?.intent?.ref).to.equal(refs[0]);
    const stored = sessionStorage.getItem(KEY)!;
    expect(tokens.length).to.be.greaterThan(0);
    for (const token of tokens) expect(stored).to.not.contain(token);

    const el = await reloaded(client);
    const run = await el.submit();
    await el.updateComplete;
    expect(refs).to.deep.equal([refs[0], refs[0]]);
    expect(await runs()).to.equal(before + 1);
    expect(run?.id).to.be.a('string');
    expect(el.matches(':state(created)')).to.equal(true);
    expect($(el, '[part="success"]')!.textContent).to.contain(run!.id);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('does not reuse a ref older than the idempotency window', async () => {
    const { client, refs } = recording(setup);
    const saved = await ambiguousCreate(client);
    saved!.intent!.at = Date.now() - IDEMPOTENCY_WINDOW_MS - 1000;
    sessionStorage.setItem(KEY, JSON.stringify(saved));

    const el = await reloaded(client);
    await el.submit();
    expect(refs).to.have.length(2);
    expect(refs[1]).to.not.equal(refs[0]);
  });
});
