import { expect, fixture, html } from '@open-wc/testing';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import type { PaymentDraft, PaymentRunBuilderElement } from '../../src/payment-run-builder.js';
import { BOX_WIDTHS, fitReport, resetBox, useBox } from '../helpers/layout.js';
import { setupSandbox, type SandboxSetup } from '../helpers/sandbox.js';
import { $, frame, until } from './helpers.js';

/** Long German supplier names (the API takes no umlauts), long words that do not wrap. */
const NAMES = [
  'Donaudampfschifffahrtsgesellschaftskapitaensmuetzen GmbH & Co. KG',
  'Schwarzwaelder Praezisionswerkzeugfabrik und Industrieanlagenbau AG',
  'Rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesellschaft mbH',
];

const amount = (minor: number, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(minor / 100);

/** `count` complete payments; every fourth has its details (address) open. */
function payments(count: number, locale: string, currency = 'GBP'): PaymentDraft[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${NAMES[i % NAMES.length]} ${i + 1}`,
    type: 'BUSINESS',
    ...(currency === 'EUR'
      ? { iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' }
      : { accountNumber: String(30_000_000 + i), sortCode: '40-05-15' }),
    amount: amount(123_456_789 + i * 1_000, locale),
    reference: `RE-2026-${1000 + i}`,
    ...(i % 4 === 0 && {
      address: 'Industriestrasse 1234, 70565 Stuttgart-Vaihingen, Baden-Wuerttemberg',
      bankName: 'Landesbank Baden-Wuerttemberg Girozentrale',
    }),
  }));
}

type State = 'rows' | 'sepa' | 'errors' | 'mapping' | 'preview' | 'created';
const STATES: State[] = ['rows', 'sepa', 'errors', 'mapping', 'preview', 'created'];

/** The builder in one of its richest states, in `locale`. */
async function mount(setup: SandboxSetup, state: State, locale: string, theme = 'light') {
  const currency = state === 'sepa' ? 'EUR' : 'GBP';
  const el = await fixture<PaymentRunBuilderElement>(
    html`<payment-run-builder
      .client=${setup.clientFor('creator')}
      locale=${locale}
      theme=${theme}
      currencies=${state === 'sepa' ? 'EUR GBP' : 'GBP EUR'}
    ></payment-run-builder>`,
  );
  const rows = payments(state === 'errors' ? 6 : 12, locale, currency);
  const root = el.shadowRoot!;
  if (state === 'errors') {
    rows[1] = { ...rows[1], sortCode: '12-34', type: '' };
    rows[2] = { ...rows[2], amount: '12.3456', reference: 'INV 2/3 Rechnung' };
    rows[4] = { ...rows[4], name: "O'Brien Grosshandel", accountNumber: '1234567x' };
  }
  if (state === 'mapping' || state === 'preview') {
    // With a header row naming every column, the preview; without, the mapping of columns.
    const columns = ['name', 'type', 'accountNumber', 'sortCode', 'amount', 'reference'] as const;
    const header = state === 'preview' ? 'Name\tType\tAccount\tSort code\tAmount\tReference\n' : '';
    const lines = rows.map((r, i) =>
      columns.map((c) => (c === 'amount' && i % 3 === 0 ? 'abc' : r[c])).join('\t'),
    );
    await el.importText(header + lines.join('\n'));
  } else {
    await el.addPayments(rows);
    $(el, '[data-action="remove"]')!.click(); // the blank line a run starts with
  }
  await el.updateComplete;
  for (const [id, value] of Object.entries({
    'run-description': 'Lieferantenzahlungen fuer das Geschaeftsjahr 2026, Quartal 1',
    'run-tag': state === 'errors' ? 'Quartalsabrechnung/Q1!' : 'Quartalsabrechnung-Q1',
    'run-paymentRunRef': 'ZAHLUNGSLAUF-2026-Q1-SONDERZAHLUNGEN',
  })) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (state === 'errors' || state === 'created') await el.submit();
  if (state === 'created') await until(() => !!$(el, '[part="success"]'));
  await el.updateComplete;
  await frame();
  return el;
}

/** What sticks out at each width, as `width: report` lines; empty when everything fits. */
async function reportAt(el: HTMLElement, widths: readonly number[], zoom = 1): Promise<string> {
  const found: string[] = [];
  for (const width of widths) {
    await useBox(width, zoom);
    await frame();
    const report = fitReport(el);
    if (report) found.push(`at ${width}px${zoom === 1 ? '' : ` and ${zoom * 100} %`}:\n${report}`);
  }
  return found.join('\n');
}

describe('<payment-run-builder> fits its box', () => {
  let setup: SandboxSetup;
  beforeEach(() => {
    setup = setupSandbox();
  });
  afterEach(() => {
    setup.sandbox.stop();
    resetBox();
  });

  for (const state of STATES) {
    it(`in its ${state} state, from 280 to 1440 px`, async () => {
      await useBox(1024);
      const el = await mount(setup, state, 'en-GB');
      expect(await reportAt(el, BOX_WIDTHS)).to.equal('');
    });
  }

  for (const locale of ['de-DE', 'fr-FR']) {
    it(`in ${locale}, dark, at 390 px`, async () => {
      await useBox(390);
      const found: string[] = [];
      for (const state of STATES) {
        const el = await mount(setup, state, locale, 'dark');
        const report = await reportAt(el, [390]);
        if (report) found.push(`${state} ${report}`);
        el.remove();
      }
      expect(found.join('\n')).to.equal('');
    });
  }

  it('at 200 % text zoom, at 390 and 768 px', async () => {
    const found: string[] = [];
    for (const state of STATES) {
      await useBox(390, 2);
      const el = await mount(setup, state, 'de-DE');
      const report = await reportAt(el, [390, 768], 2);
      if (report) found.push(`${state} ${report}`);
      el.remove();
    }
    expect(found.join('\n')).to.equal('');
  });
});
