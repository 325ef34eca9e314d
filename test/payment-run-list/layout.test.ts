import { expect, fixture, html } from '@open-wc/testing';
import { BOX_WIDTHS, fitReport, resetBox, useBox } from '../helpers/layout.js';
import type { PaymentRunListElement } from '../../src/payment-run-list.js';
import { listHarness, settled } from './helpers.js';

type Scene = 'loaded' | 'empty' | 'error';

async function scene(name: Scene, locale: string): Promise<PaymentRunListElement> {
  const h = listHarness({ seed: name !== 'empty' });
  if (name === 'error') h.sandbox.faults.add({ path: '/v1/payment_runs', status: 503 });
  const el = await fixture<PaymentRunListElement>(
    html`<payment-run-list
      locale=${locale}
      roles="CONTROLLER"
      poll-interval="0"
      .client=${h.client}
    ></payment-run-list>`,
  );
  await settled(el);
  return el;
}

describe('<payment-run-list> fits any box', () => {
  afterEach(resetBox);

  for (const name of ['loaded', 'empty', 'error'] as const) {
    it(`${name}: nothing sticks out from 280 to 1440 px (en, de)`, async () => {
      for (const locale of ['en-GB', 'de']) {
        for (const width of BOX_WIDTHS) {
          await useBox(width);
          const el = await scene(name, locale);
          expect(fitReport(el), `${locale} at ${width}px`).to.equal('');
          el.remove();
        }
      }
    });
  }

  it('loaded at 200 % text zoom in 320 and 768 px boxes', async () => {
    for (const width of [320, 768]) {
      await useBox(width, 2);
      const el = await scene('loaded', 'de');
      expect(fitReport(el), `at ${width}px, 200 %`).to.equal('');
      el.remove();
    }
  });

  it('stacks runs into cards in a narrow box and shows a table in a wide one', async () => {
    await useBox(360);
    const narrow = await scene('loaded', 'en-GB');
    const row = narrow.shadowRoot!.querySelector('tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('grid');
    narrow.remove();
    await useBox(1024);
    const wide = await scene('loaded', 'en-GB');
    expect(getComputedStyle(wide.shadowRoot!.querySelector('tbody tr')!).display).to.equal(
      'table-row',
    );
  });
});
