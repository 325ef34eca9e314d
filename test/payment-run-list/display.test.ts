import { expect, fixture, html } from '@open-wc/testing';
import {
  listHarness,
  mountList,
  namesOf,
  root,
  rowsOf,
  settled,
  showing,
  textOf,
  until,
} from './helpers.js';
import type { PaymentRunListElement } from '../../src/payment-run-list.js';

describe('<payment-run-list> shows the runs', () => {
  it('lists every seeded run with its status words, count, total and the range shown', async () => {
    const h = listHarness();
    const page = await h.client.listPaymentRuns({ limit: 100 });
    const el = await mountList(h);
    const rows = rowsOf(el);
    expect(rows.length).to.equal(Math.min(20, page.count));
    expect(showing(el)).to.equal(`Showing 1–${rows.length} of ${page.count}`);
    const december = page.paymentRuns.find((r) => r.description === 'December suppliers')!;
    const row = rows.find((r) => r.dataset.id === december.id)!;
    const total = december.payments.reduce((s, p) => s + p.paymentAmount.amount, 0);
    const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
    expect(textOf(row.querySelector('.col-count > span:last-child')!)).to.equal(
      String(december.payments.length),
    );
    expect(textOf(row.querySelector('.col-total')!)).to.contain(money.format(total / 100));
    const chips = rows.map((r) => textOf(r.querySelector('.chip')!));
    expect(chips).to.include('Awaiting confirmation');
    expect(chips).to.include('Completed');
    await expect(el).to.be.accessible();
  });

  it('names a run by its description, else its reference, else "Payment run {id}"', async () => {
    const h = listHarness({ seed: false });
    const creator = h.clientFor('creator');
    const payment = {
      paymentAmount: { currency: 'GBP', amount: 1000 },
      reference: 'INV-1',
      supplier: {
        name: 'Acme Ltd',
        type: 'BUSINESS' as const,
        bankAccountDetails: { accountNumber: '12345678', sortCode: '123456' },
      },
    };
    await creator.createPaymentRun({ description: 'With words', payments: [payment] });
    await creator.createPaymentRun({ paymentRunRef: 'REF-7', payments: [payment] });
    const bare = await creator.createPaymentRun({ payments: [payment] });
    const el = await mountList(h);
    expect(namesOf(el).sort()).to.deep.equal(
      ['REF-7', `Payment run ${bare.id}`, 'With words'].sort(),
    );
  });

  it('says what a controller must do next, and what waits for a controller otherwise', async () => {
    const h = listHarness();
    const asController = await mountList(h, {
      roles: 'CONTROLLER',
      status: 'PENDING_CONFIRMATION',
    });
    const needs = rowsOf(asController).map((r) =>
      textOf(r.querySelector('.col-needs span:last-child')!),
    );
    expect(needs.length).to.be.greaterThan(0);
    expect(new Set(needs)).to.deep.equal(new Set(['Awaiting your confirmation']));
    asController.roles = ['CREATOR'];
    await asController.updateComplete;
    const after = rowsOf(asController).map((r) =>
      textOf(r.querySelector('.col-needs span:last-child')!),
    );
    expect(new Set(after)).to.deep.equal(new Set(['A controller confirms it']));
  });

  it('shows a skeleton while the first page loads', async () => {
    const h = listHarness();
    h.sandbox.faults.add({ path: '/v1/payment_runs', latencyMs: 300, times: 1 });
    const el = await fixture<PaymentRunListElement>(
      html`<payment-run-list poll-interval="0" .client=${h.client}></payment-run-list>`,
    );
    expect(root(el).querySelector('[part="skeleton"]')).to.exist;
    expect(textOf(root(el).querySelector('[part="skeleton"]')!)).to.equal('Loading payment runs…');
    await settled(el);
    expect(root(el).querySelector('[part="skeleton"]')).to.not.exist;
  });

  it('says "No payment runs yet" and shows the host\'s call to action when there is none', async () => {
    const h = listHarness({ seed: false });
    const el = await fixture<PaymentRunListElement>(
      html`<payment-run-list poll-interval="0" .client=${h.client}
        ><a slot="empty" href="#new">Create your first run</a></payment-run-list
      >`,
    );
    await settled(el);
    const empty = root(el).querySelector('[part="empty"]')!;
    expect(textOf(empty)).to.equal('No payment runs yet');
    const slot = empty.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
      'Create your first run',
    ]);
    expect(root(el).querySelector('table')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry when the first page fails, and loads on Retry', async () => {
    const h = listHarness();
    h.sandbox.faults.add({ path: '/v1/payment_runs', status: 503, times: 1 });
    const el = await mountList(h);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.contain('The payment service is unavailable right now');
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await until(() => rowsOf(el).length > 0);
    expect(root(el).querySelector('[role="alert"]')).to.not.exist;
  });

  it('shows a 403 as a plain message, without Retry', async () => {
    const h = listHarness();
    h.sandbox.faults.add({
      path: '/v1/payment_runs',
      status: 403,
      body: JSON.stringify({ errorCode: 'INSUFFICIENT_PERMISSIONS' }),
      headers: { 'content-type': 'application/json' },
    });
    const el = await mountList(h);
    const message = root(el).querySelector('.alert')!;
    expect(textOf(message)).to.equal(
      'You do not have access to payment runs. Ask an administrator for access.',
    );
    expect(message.querySelector('button')).to.not.exist;
  });

  it('marks the row of `selected-id` as current', async () => {
    const h = listHarness();
    const el = await mountList(h);
    const second = rowsOf(el)[1].dataset.id!;
    el.selectedId = second;
    await el.updateComplete;
    const current = rowsOf(el).filter((r) => r.getAttribute('aria-current') === 'true');
    expect(current.map((r) => r.dataset.id)).to.deep.equal([second]);
  });
});
