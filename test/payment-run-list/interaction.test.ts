import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  listHarness,
  nextEvent,
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

const form = (el: PaymentRunListElement) => root(el).querySelector<HTMLFormElement>('form')!;
const input = (el: PaymentRunListElement, name: string) =>
  form(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const submit = (el: PaymentRunListElement) => form(el).requestSubmit();

describe('<payment-run-list> filters, pages, sorts and opens runs', () => {
  it('filters by a preset status attribute, sent to the API', async () => {
    const h = listHarness();
    const el = await mountList(h, { status: 'COMPLETED' });
    expect(h.queries.at(-1)).to.contain('status=COMPLETED');
    const chips = rowsOf(el).map((r) => textOf(r.querySelector('.chip')!));
    expect(chips.length).to.be.greaterThan(0);
    expect(new Set(chips)).to.deep.equal(new Set(['Completed']));
  });

  it('applies the status the user picks, fires payment-run-list-change and announces the count', async () => {
    const h = listHarness();
    const el = await mountList(h);
    const select = form(el).querySelector<HTMLSelectElement>('select')!;
    select.value = 'PENDING_CONFIRMATION';
    const event = nextEvent(el, 'payment-run-list-change');
    select.dispatchEvent(new Event('change'));
    const { detail } = await event;
    expect(detail.state.filters).to.deep.equal({ status: 'PENDING_CONFIRMATION' });
    expect(el.getAttribute('status')).to.equal('PENDING_CONFIRMATION');
    await settled(el);
    const count = rowsOf(el).length;
    expect(textOf(root(el).querySelector('p[role="status"]')!)).to.equal(
      `${count} payment run${count === 1 ? '' : 's'} found`,
    );
  });

  it("reads amounts typed in the user's locale and sends them as minor units", async () => {
    const h = listHarness();
    const el = await mountList(h, { locale: 'de' });
    input(el, 'minAmount').value = '1.234,5';
    input(el, 'maxAmount').value = '100000';
    const event = nextEvent(el, 'payment-run-list-change');
    submit(el);
    expect((await event).detail.state.filters).to.deep.equal({
      minAmount: 123450,
      maxAmount: 10000000,
    });
    await settled(el);
    expect(h.queries.at(-1)).to.contain('min_amount=123450').and.contain('max_amount=10000000');
    expect(el.getAttribute('min-amount')).to.equal('123450');
    expect(input(el, 'minAmount').value).to.equal('1.234,50');
  });

  it('says an amount it cannot read is wrong, and sends nothing', async () => {
    const h = listHarness();
    const el = await mountList(h);
    const sent = h.queries.length;
    input(el, 'minAmount').value = '12,34,5';
    let fired = false;
    el.addEventListener('payment-run-list-change', () => (fired = true));
    submit(el);
    await el.updateComplete;
    expect(input(el, 'minAmount').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(root(el).querySelector('#minAmount-error')!)).to.equal(
      'Enter an amount such as 1,234.50.',
    );
    expect(fired).to.equal(false);
    expect(h.queries.length).to.equal(sent);
  });

  it('says when nothing matches, and "Clear filters" shows every run again', async () => {
    const h = listHarness();
    const el = await mountList(h);
    const all = showing(el);
    input(el, 'tag').value = 'no-such-tag';
    submit(el);
    await until(() => !!root(el).querySelector('.message'));
    expect(textOf(root(el).querySelector('.message p')!)).to.equal(
      'No payment runs match these filters.',
    );
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'payment-run-list-change');
    root(el).querySelector<HTMLButtonElement>('.message button')!.click();
    expect((await event).detail.state.filters).to.deep.equal({});
    await until(() => showing(el) === all);
    expect(input(el, 'tag').value).to.equal('');
  });

  it('pages with next and previous, "Showing 3–4 of N"', async () => {
    const h = listHarness();
    const el = await mountList(h, { limit: 2 });
    const total = (await h.client.listPaymentRuns({ limit: 1 })).count;
    expect(showing(el)).to.equal(`Showing 1–2 of ${total}`);
    const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('.pager button');
    expect(previous.disabled).to.equal(true);
    const event = nextEvent(el, 'payment-run-list-change');
    next.click();
    expect((await event).detail.state).to.include({ offset: 2, limit: 2 });
    await until(() => showing(el) === `Showing 3–4 of ${total}`);
    expect(h.queries.at(-1)).to.contain('offset=2').and.contain('limit=2');
    root(el).querySelectorAll<HTMLButtonElement>('.pager button')[0].click();
    await until(() => showing(el) === `Showing 1–2 of ${total}`);
  });

  it('keeps the page shown when the next one fails, says so and retries', async () => {
    const h = listHarness();
    const el = await mountList(h, { limit: 2 });
    const before = namesOf(el);
    h.sandbox.faults.add({ path: '/v1/payment_runs', status: 500, times: 1 });
    root(el).querySelectorAll<HTMLButtonElement>('.pager button')[1].click();
    await until(() => !!root(el).querySelector('[role="alert"]'));
    expect(namesOf(el)).to.deep.equal(before);
    expect(textOf(root(el).querySelector('[role="alert"]')!)).to.contain(
      'This page could not be loaded',
    );
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => showing(el).startsWith('Showing 3–4'));
    expect(root(el).querySelector('[role="alert"]')).to.not.exist;
  });

  it('aborts a page request that is no longer wanted', async () => {
    const h = listHarness();
    const el = await mountList(h, { limit: 2 });
    h.sandbox.faults.add({ path: '/v1/payment_runs', latencyMs: 400, times: 1 });
    root(el).querySelectorAll<HTMLButtonElement>('.pager button')[1].click();
    await until(() => h.signals.length === 2);
    el.state = { ...el.state, offset: 4 };
    await until(() => showing(el).startsWith('Showing 5–6'));
    expect(h.signals[1].aborted).to.equal(true);
  });

  it('sorts the page by a column, with aria-sort, and says the order', async () => {
    const h = listHarness();
    const el = await mountList(h);
    expect(textOf(root(el).querySelector('#order')!)).to.equal(
      'Newest first, by creation date, within this page.',
    );
    const header = root(el).querySelector('th.col-name')!;
    header.querySelector('button')!.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(root(el).querySelector('th.col-created')!.hasAttribute('aria-sort')).to.equal(false);
    const names = namesOf(el);
    const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
    expect(names).to.deep.equal([...names].sort(collator.compare));
    header.querySelector('button')!.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(namesOf(el)).to.deep.equal([...names].sort(collator.compare).reverse());
    expect(el.state.sort).to.deep.equal({ key: 'name', direction: 'descending' });
  });

  it('fires a cancelable payment-run-select on click, then marks the row current', async () => {
    const h = listHarness();
    const el = await mountList(h);
    const row = rowsOf(el)[2];
    const event = nextEvent(el, 'payment-run-select');
    row.querySelector<HTMLElement>('.col-created')!.click();
    const { detail } = await event;
    expect(detail.provider).to.equal('weavr');
    expect((detail.paymentRun as { id: string }).id).to.equal(row.dataset.id);
    await el.updateComplete;
    expect(row.getAttribute('aria-current')).to.equal('true');
    el.addEventListener('payment-run-select', (e) => e.preventDefault(), { once: true });
    rowsOf(el)[0].click();
    await el.updateComplete;
    expect(el.selectedId).to.equal(row.dataset.id);
  });

  it('is one tab stop; arrows move between runs and Enter opens one', async () => {
    const h = listHarness();
    const el = await mountList(h);
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.open')];
    expect(buttons().filter((b) => b.tabIndex === 0).length).to.equal(1);
    buttons()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(buttons()[1]);
    expect(buttons()[1].tabIndex).to.equal(0);
    expect(buttons()[0].tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(buttons().at(-1));
    const event = nextEvent(el, 'payment-run-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect((detail.paymentRun as { id: string }).id).to.equal(rowsOf(el).at(-1)!.dataset.id);
  });

  it('restores a view set through `state`, without firing payment-run-list-change', async () => {
    const h = listHarness();
    const el = await mountList(h);
    let fired = false;
    el.addEventListener('payment-run-list-change', () => (fired = true));
    el.state = {
      filters: { tag: 'january' },
      offset: 1,
      limit: 500,
      sort: { key: 'count', direction: 'ascending' },
    };
    await until(() => h.queries.at(-1)!.includes('tag=january'));
    await settled(el);
    expect(el.state.limit).to.equal(100);
    expect(el.getAttribute('tag')).to.equal('january');
    expect(h.queries.at(-1)).to.contain('offset=1');
    expect(root(el).querySelector('th.col-count')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(fired).to.equal(false);
  });
});
