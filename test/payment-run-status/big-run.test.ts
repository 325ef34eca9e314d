import { expect, fixture, html } from '@open-wc/testing';
import type { Payment, PaymentRun } from '../../src/api/schemas/payment-run.js';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { BOX_WIDTHS, fitReport, resetBox, useBox } from '../helpers/layout.js';
import { harness, root, textOf, until } from './helpers.js';

/** A run awaiting confirmation with `count` payments; every 4th one already cancelled. */
async function bigRun(count = 1000): Promise<PaymentRun> {
  const run = await harness().seeded('PENDING_CONFIRMATION');
  const payments: Payment[] = Array.from({ length: count }, (_, i) => {
    const base = run.payments[i % run.payments.length];
    return {
      ...base,
      id: (i + 1).toString(16).padStart(24, '0'),
      status: i % 4 === 3 ? 'CANCELLED' : 'PENDING_CONFIRMATION',
      reference: `INV-${i}`,
      // Amounts out of list order, so sorting moves rows.
      paymentAmount: { currency: 'GBP', amount: 100 + ((i * 7919) % count) },
      supplier: { ...base.supplier, name: `Supplier ${String(i).padStart(4, '0')}` },
    };
  });
  return { ...run, payments };
}

/** Mounts `run`; `listHeight` sets the region's height (a tall one scrolls through in fewer steps). */
async function mountBig(run: PaymentRun, listHeight?: string): Promise<PaymentRunStatusElement> {
  const el = await fixture<PaymentRunStatusElement>(
    html`<payment-run-status
      poll-interval="0"
      style=${listHeight ? `--pr-payment-run-status-list-height: ${listHeight}` : ''}
      .paymentRun=${run}
    ></payment-run-status>`,
  );
  await el.updateComplete;
  await frame();
  return el;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const region = (el: PaymentRunStatusElement) => root(el).querySelector<HTMLElement>('.table-wrap')!;
const rows = (el: PaymentRunStatusElement) => [
  ...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]'),
];
const table = (el: PaymentRunStatusElement) => root(el).querySelector('table')!;

/** Scrolls the table's region from top to bottom, returning every row seen, in order. */
async function scrollThrough(el: PaymentRunStatusElement): Promise<HTMLTableRowElement[]> {
  const box = region(el);
  const seen = new Map<string, HTMLTableRowElement>();
  box.scrollTop = 0;
  await frame();
  for (;;) {
    for (const row of rows(el)) seen.set(row.getAttribute('aria-rowindex')!, row);
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
    box.scrollTop += box.clientHeight;
    await frame();
    await el.updateComplete;
  }
  return [...seen.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, row]) => row);
}

async function clickSort(el: PaymentRunStatusElement, key: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>(`button[data-key="${key}"]`)!.click();
  await el.updateComplete;
  await frame();
}

describe('<payment-run-status> with a 1000-payment run', () => {
  afterEach(resetBox);

  it('keeps the page at its content height and renders only the rows in view', async () => {
    await useBox(1024);
    const el = await mountBig(await bigRun());
    const bottom = el.getBoundingClientRect().bottom + scrollY;
    const pageHeight = () => document.documentElement.scrollHeight;
    expect(pageHeight()).to.be.at.most(Math.max(innerHeight, bottom + 1));
    expect(rows(el).length).to.be.within(5, 60);
    // Rows deep in the region (their visually hidden labels too) stay inside it.
    region(el).scrollTop = region(el).scrollHeight;
    await frame();
    await el.updateComplete;
    expect(rows(el).at(-1)!.getAttribute('aria-rowindex')).to.equal('1001');
    expect(pageHeight()).to.be.at.most(Math.max(innerHeight, bottom + 1));
    // The region scrolls the whole list's height.
    expect(region(el).scrollHeight).to.be.above(20_000);
  });

  it('says how many payments there are and where each row is', async () => {
    const el = await mountBig(await bigRun());
    expect(table(el).getAttribute('aria-rowcount')).to.equal('1001');
    expect(rows(el)[0].getAttribute('aria-rowindex')).to.equal('2');
    expect(textOf(el)).to.contain('All statuses (1000)');
    const box = region(el);
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.getAttribute('tabindex')).to.equal('0');
    // Named "Payments" and the run's title, so two runs on one page have distinct regions.
    const name = box
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => root(el).getElementById(id)!.textContent.trim())
      .join(' ');
    const title = root(el).querySelector('h2')!.textContent.trim();
    expect(title).to.not.equal('');
    expect(name).to.equal(`Payments ${title}`);
  });

  it('reaches every payment by scrolling its region, in order', async function () {
    this.timeout(40_000);
    const el = await mountBig(await bigRun(), '3000px');
    const seen = await scrollThrough(el);
    expect(seen.length).to.equal(1000);
    expect(seen.map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(
      Array.from({ length: 1000 }, (_, i) => `${i + 2}`),
    );
    expect(seen[999].textContent).to.contain('Supplier 0999');
  });

  it('sorts and filters the whole list, not just the rows in view', async function () {
    this.timeout(40_000);
    const run = await bigRun();
    const el = await mountBig(run, '3000px');
    await clickSort(el, 'amount');
    const amounts = run.payments.map((p) => p.paymentAmount.amount).sort((a, b) => a - b);
    const money = (minor: number) => `£${(minor / 100).toFixed(2)}`;
    expect(rows(el)[0].querySelector('.num')!.textContent.trim()).to.equal(money(amounts[0]));
    let seen = await scrollThrough(el);
    expect(seen.at(-1)!.querySelector('.num')!.textContent.trim()).to.equal(money(amounts[999]));
    await clickSort(el, 'amount');
    region(el).scrollTop = 0;
    await frame();
    expect(rows(el)[0].querySelector('.num')!.textContent.trim()).to.equal(money(amounts[999]));

    const select = root(el).querySelector<HTMLSelectElement>('#filter')!;
    select.value = 'CANCELLED';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await frame();
    expect(table(el).getAttribute('aria-rowcount')).to.equal('251');
    expect(textOf(el)).to.contain('Showing 250 of 1000 payments');
    seen = await scrollThrough(el);
    expect(seen.length).to.equal(250);
    expect(seen.every((row) => row.querySelector('.status')!.textContent.includes('Cancelled'))).to
      .be.true;
  });

  it('selects every payment that can be cancelled, also those not in view', async function () {
    this.timeout(40_000);
    const el = await mountBig(await bigRun(), '3000px');
    const all = root(el).querySelector<HTMLInputElement>('thead input[type="checkbox"]')!;
    all.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Cancel selected payments (750)');
    const seen = await scrollThrough(el);
    const boxes = seen.map((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.filter((box) => box?.checked).length).to.equal(750);
  });

  it('keeps the next row reachable by Tab: focusing a row near the end brings the next ones', async () => {
    const el = await mountBig(await bigRun());
    for (let i = 0; i < 40; i++) {
      const focused = root(el).activeElement as HTMLElement | null;
      const inputs = rows(el).flatMap((row) => [...row.querySelectorAll('input')]);
      const next = focused ? inputs[inputs.indexOf(focused as HTMLInputElement) + 1] : inputs[0];
      expect(next, `checkbox after ${i} tabs`).to.exist;
      next.focus();
      await frame();
      await el.updateComplete;
    }
    const row = (root(el).activeElement as HTMLElement).closest('tr')!;
    expect(Number(row.getAttribute('aria-rowindex'))).to.be.above(40);
  });

  for (const width of [280, 390]) {
    it(`shows each payment as a card at ${width} px`, async () => {
      await useBox(width);
      const el = await mountBig(await bigRun());
      const [row] = rows(el);
      expect(getComputedStyle(row).display).to.equal('grid');
      const card = row.getBoundingClientRect();
      for (const cell of row.querySelectorAll<HTMLElement>('td:not(.select), th')) {
        const box = cell.getBoundingClientRect();
        expect(box.left, cell.className).to.be.at.least(card.left - 0.5);
        expect(box.right, cell.className).to.be.at.most(card.right + 0.5);
      }
      expect(region(el).scrollWidth).to.be.at.most(region(el).clientWidth);
      await expect(el).to.be.accessible();
    });
  }

  it('is a table scrolling in its own region at 768 px', async () => {
    await useBox(768);
    const el = await mountBig(await bigRun());
    expect(getComputedStyle(rows(el)[0]).display).to.equal('table-row');
    expect(getComputedStyle(region(el)).overflowX).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('keeps each sort arrow on its label’s line', async () => {
    await useBox(768);
    const el = await mountBig(await bigRun());
    for (const button of root(el).querySelectorAll<HTMLElement>('button.sort')) {
      const label = [...button.childNodes].find((n) => n.nodeType === 3 && n.textContent!.trim())!;
      const arrow = button.querySelector('span')!;
      const range = document.createRange();
      range.selectNodeContents(label);
      expect(arrow.getBoundingClientRect().top, button.dataset.key).to.be.closeTo(
        range.getBoundingClientRect().top,
        4,
      );
    }
  });

  for (const width of BOX_WIDTHS) {
    it(`fits its box at ${width} px`, async () => {
      await useBox(width);
      const el = await mountBig(await bigRun());
      await until(() => rows(el).length > 0);
      expect(fitReport(el), `at ${width}px`).to.equal('');
    });
  }
});
