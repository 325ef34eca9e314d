import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { CopResultBadgeElement } from '../../src/cop-result-badge.js';
import '../../src/cop-result-badge.js';
import { registerStrings } from '../../src/i18n/translate.js';
import '../../src/locales/de.js';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import '../../src/funding-instructions.js';
import type { PaymentRunListElement } from '../../src/payment-run-list.js';
import '../../src/payment-run-list.js';
import type { PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import '../../src/payment-run-builder.js';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import '../../src/payment-run-status.js';
import { runFixture } from '../helpers/run-fixture.js';

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
/** MutationObserver callbacks run as microtasks; then the elements' updates. */
const settle = async (...els: { updateComplete: Promise<unknown> }[]) => {
  await Promise.resolve();
  await Promise.all(els.map((el) => el.updateComplete));
};

const gbp = (minor: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP' }).format(minor / 100);

describe('locale changes', () => {
  const lang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (lang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', lang);
  });

  it('renders amounts in the new locale in the same update that follows a locale change', async () => {
    const run = runFixture('PENDING_CONFIRMATION', ['PENDING_CONFIRMATION']);
    run.payments[0].paymentAmount.amount = 123_456;
    const el = await fixture<PaymentRunStatusElement>(
      html`<payment-run-status
        locale="en-GB"
        poll-interval="0"
        .paymentRun=${run}
      ></payment-run-status>`,
    );
    const row = () => el.shadowRoot!.querySelector('.payments, [part="payments"]')!;
    expect(row().textContent).to.contain(gbp(123_456, 'en-GB'));
    el.locale = 'de-DE';
    await el.updateComplete;
    expect(row().textContent, 'the rows').to.contain(gbp(123_456, 'de-DE'));
    expect(row().textContent, 'the rows').not.to.contain(gbp(123_456, 'en-GB'));
    const totals = el.shadowRoot!.querySelector('[part="totals"]')!.textContent;
    expect(totals, 'the totals').to.contain(gbp(123_456, 'de-DE'));
  });

  it('re-renders every element when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrap = await fixture(
      html`<div>
        <payment-run-status></payment-run-status>
        <cop-result-badge match="EXACT_MATCH"></cop-result-badge>
        <payment-run-builder></payment-run-builder>
        <payment-run-list poll-interval="0"></payment-run-list>
        <funding-instructions poll-interval="0" payment-run-id="0123456789abcdef01234567">
        </funding-instructions>
      </div>`,
    );
    const list = wrap.querySelector<PaymentRunListElement>('payment-run-list')!;
    const funding = wrap.querySelector<FundingInstructionsElement>('funding-instructions')!;
    await settle(list, funding);
    const englishList = text(list);
    const englishFunding = text(funding);
    expect(englishList).to.contain('Apply filters');
    expect(englishFunding).to.contain('Fund the payment run');
    const status = wrap.querySelector<PaymentRunStatusElement>('payment-run-status')!;
    const badge = wrap.querySelector<CopResultBadgeElement>('cop-result-badge')!;
    const builder = wrap.querySelector<PaymentRunBuilderElement>('payment-run-builder')!;
    expect(text(status)).to.contain('No payment run to show.');
    expect(text(badge)).to.contain('Name matches');
    const englishBuilder = text(builder);

    document.documentElement.setAttribute('lang', 'de');
    await settle(status, badge, builder, list, funding);
    expect(text(status)).to.contain('Kein Zahlungslauf zum Anzeigen.');
    expect(text(badge)).to.contain('Name stimmt');
    expect(text(builder)).not.to.equal(englishBuilder);
    expect(text(list)).not.to.equal(englishList);
    expect(text(funding)).not.to.equal(englishFunding);
    expect(text(list)).to.contain('Filter anwenden');
    expect(text(funding)).to.contain('Zahlungslauf finanzieren');
  });

  it('re-renders with texts registerStrings() adds after the first render', async () => {
    const el = await fixture<PaymentRunStatusElement>(
      html`<payment-run-status locale="it"></payment-run-status>`,
    );
    const badge = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge locale="it" match="EXACT_MATCH"></cop-result-badge>`,
    );
    expect(text(el)).to.contain('No payment run to show.');
    registerStrings('it', { 'status.empty': 'Nothing here yet.', 'cop.verdict.match': 'Same' });
    await settle(el, badge);
    expect(text(el)).to.contain('Nothing here yet.');
    expect(text(badge)).to.contain('Same');
  });

  it('keeps one observer of lang for all elements, disconnected when none is connected', async () => {
    const Original = window.MutationObserver;
    let live = 0;
    let made = 0;
    class Counting extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        made++;
      }
      override observe(target: Node, options?: MutationObserverInit) {
        live++;
        super.observe(target, options);
      }
      override disconnect() {
        live--;
        super.disconnect();
      }
    }
    fixtureCleanup();
    window.MutationObserver = Counting;
    try {
      const wrap = await fixture(
        html`<div>
          <payment-run-status></payment-run-status>
          <payment-run-status></payment-run-status>
          <cop-result-badge></cop-result-badge>
          <cop-result-badge></cop-result-badge>
        </div>`,
      );
      expect(made, 'observers made').to.equal(1);
      expect(live, 'observers live').to.equal(1);
      wrap.remove();
      expect(live, 'observers live once none is connected').to.equal(0);
    } finally {
      window.MutationObserver = Original;
    }
  });
});
