import { expect } from '@open-wc/testing';
import { resetBox, useBox } from '../helpers/layout.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import { $, $$, builder, field, fillRow, frame, GOOD_FPS, until } from './helpers.js';

const width = (el: Element) => el.getBoundingClientRect().width;
const top = (el: Element) => Math.round(el.getBoundingClientRect().top);

describe('<payment-run-builder> looks as a user expects', () => {
  afterEach(() => resetBox());

  for (const box of [390, 750, 1280]) {
    it(`gives the supplier name the widest field and the amount a compact one at ${box} px`, async () => {
      await useBox(box);
      const el = await builder();
      await frame();
      const fields = ['name', 'type', 'accountNumber', 'sortCode', 'amount', 'reference'];
      const widths = Object.fromEntries(fields.map((f) => [f, width(field(el, 0, f))]));
      for (const f of fields) expect(widths.name, `name vs ${f}`).to.be.at.least(widths[f]);
      expect(widths.amount, 'amount').to.be.below(widths.name * 0.75);
      expect(getComputedStyle(field(el, 0, 'amount')).textAlign).to.be.oneOf(['end', 'right']);
    });
  }

  it('lines up the inputs of a band when one label wraps', async () => {
    await useBox(768);
    const el = await builder();
    el.strings = {
      'builder.paymentRunRef': 'Your own reference for this payment run, as your ledger names it',
      'builder.field.type': 'Kind of supplier (a person or a business registered as such)',
    };
    await el.updateComplete;
    await frame();
    const label = $(el, 'label[for="run-paymentRunRef"]')!;
    expect(label.getBoundingClientRect().height, 'the label wraps').to.be.above(30);
    const run = ['#run-description', '#run-tag', '#run-paymentRunRef'].map((s) => top($(el, s)!));
    expect(new Set(run).size, `run inputs at ${run.join(', ')}`).to.equal(1);
    const row = [top(field(el, 0, 'name')), top(field(el, 0, 'type'))];
    expect(row[0], 'name and type inputs').to.equal(row[1]);
  });

  it('puts each bullet of the error summary on the first line of its item', async () => {
    await useBox(320);
    const el = await builder();
    await fillRow(el, 0, { name: "O'Brien", reference: 'INV 2/3' });
    await el.submit();
    await el.updateComplete;
    let wrapped = 0;
    for (const li of $$(el, '.summary li')) {
      const button = li.querySelector('button')!;
      const range = document.createRange();
      range.selectNodeContents(button);
      const first = range.getClientRects()[0];
      if (button.getBoundingClientRect().height < first.height * 1.5) continue;
      wrapped++;
      // The list marker sits on the baseline of the item's first line box, as this text does
      // (zero-width, so that it leaves the line as it was).
      const probe = document.createElement('span');
      probe.textContent = '\u200b';
      li.prepend(probe);
      const marker = probe.getBoundingClientRect();
      probe.remove();
      expect(marker.top, li.textContent.trim()).to.be.below(first.bottom);
      expect(marker.bottom, li.textContent.trim()).to.be.above(first.top);
    }
    expect(wrapped, 'items that wrap').to.be.above(1);
  });

  describe('once the run is created', () => {
    let setup: SandboxSetup;
    beforeEach(() => (setup = setupSandbox()));
    afterEach(() => setup.sandbox.stop());

    it('shows "Start another run" at its own width', async () => {
      await useBox(1024);
      const el = await builder({ client: setup.clientFor('creator') });
      await fillRow(el, 0, GOOD_FPS);
      await el.submit();
      await until(() => !!$(el, '[part="success"]'));
      const panel = $(el, '[part="success"]')!;
      const button = panel.querySelector('button')!;
      expect(button.textContent.trim()).to.equal('Start another run');
      expect(width(button)).to.be.below(width(panel) / 3);
    });
  });
});
