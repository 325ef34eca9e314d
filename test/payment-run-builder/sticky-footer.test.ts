import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetBox, useBox } from '../helpers/layout.js';
import { $, builder, frame, GOOD_FPS } from './helpers.js';

/** Ten complete payments, as a user would have typed them. */
const TEN = Array.from({ length: 10 }, (_, i) => ({
  ...GOOD_FPS,
  name: `Supplier ${i + 1} Ltd`,
  accountNumber: String(30_000_000 + i),
  reference: `INV-${2000 + i}`,
}));

const overlaps = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;

describe('<payment-run-builder> sticky footer on a phone', () => {
  afterEach(async () => {
    resetBox();
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('never hides a focused field while tabbing through a 10-row run at 390 px (WCAG 2.4.11)', async function () {
    this.timeout(60_000); // about a hundred real key presses
    await useBox(390);
    await setViewport({ width: 390, height: 844 });
    const el = await builder();
    await el.addPayments(TEN);
    $(el, '[data-action="remove"]')!.click(); // the blank line a run starts with
    await el.updateComplete;
    await frame();
    const footer = $(el, '.footer')!;
    // Small on a phone: the totals beside the submit button, not three stacked lines.
    expect(footer.getBoundingClientRect().height).to.be.below(90);

    $(el, '#run-description')!.focus();
    const hidden: string[] = [];
    let checked = 0;
    for (let i = 0; i < 200; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active || footer.contains(active)) break; // reached the submit button
      await frame();
      const rect = active.getBoundingClientRect();
      const under = overlaps(rect, footer.getBoundingClientRect());
      const outside = rect.top < 0 || rect.bottom > window.innerHeight;
      if (under || outside) hidden.push(`${active.id || active.textContent.trim()}`);
      checked++;
    }
    expect(checked, 'fields and buttons reached by Tab').to.be.above(90);
    expect(hidden, 'focused but hidden under the footer').to.deep.equal([]);
  });
});
