import { expect } from '@open-wc/testing';
import type { PaymentRun } from '../../src/api/schemas/payment-run.js';
import { listHarness, mountList, rowsOf, textOf, until } from './helpers.js';

const chipOf = (el: HTMLElement, id: string) =>
  textOf(el.shadowRoot!.querySelector(`tr[data-id="${id}"] .chip`) ?? document.createElement('i'));

async function newRun(h: ReturnType<typeof listHarness>): Promise<PaymentRun> {
  return h.clientFor('creator').createPaymentRun({
    description: 'Fresh run',
    payments: [
      {
        paymentAmount: { currency: 'GBP', amount: 2500 },
        reference: 'INV-1',
        supplier: {
          name: 'Acme Ltd',
          type: 'BUSINESS',
          bankAccountDetails: { accountNumber: '12345678', sortCode: '123456' },
        },
      },
    ],
  });
}

describe('<payment-run-list> stays current', () => {
  it('polls while a shown run can change and shows its new status', async () => {
    const h = listHarness({ seed: false });
    const run = await newRun(h);
    const el = await mountList(h, { poll: 50 });
    expect(chipOf(el, run.id)).to.equal('Validating');
    await h.sandbox.advance(2000);
    await until(() => chipOf(el, run.id) === 'Awaiting confirmation');
  });

  it('does not poll when every shown run is finished', async () => {
    const h = listHarness();
    const el = await mountList(h, { poll: 30, status: 'COMPLETED' });
    const sent = h.queries.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(h.queries.length).to.equal(sent);
    expect(rowsOf(el).length).to.be.greaterThan(0);
  });

  it('takes a newer run from applyUpdate and ignores an older one', async () => {
    const h = listHarness({ seed: false });
    const queued = await newRun(h);
    const el = await mountList(h);
    await h.sandbox.advance(2000);
    const validated = await h.client.getPaymentRun(queued.id);
    expect(el.applyUpdate(validated)).to.equal(true);
    await el.updateComplete;
    expect(chipOf(el, queued.id)).to.equal('Awaiting confirmation');
    expect(el.applyUpdate(queued)).to.equal(false);
    await el.updateComplete;
    expect(chipOf(el, queued.id)).to.equal('Awaiting confirmation');
    expect(el.applyUpdate({ ...validated, id: 'not-on-this-page' })).to.equal(false);
  });
});
