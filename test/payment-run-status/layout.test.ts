import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PaymentRun } from '../../src/api/schemas/payment-run.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { BOX_WIDTHS, fitReport, resetBox, useBox } from '../helpers/layout.js';
import { harness, root, until, type Harness, type User } from './helpers.js';

/**
 * Supplier names as long as German business names get, one word of 62 letters among them
 * (spelled as Faster Payments allows: no umlauts).
 */
const LONG_NAMES = [
  'Rheinisch-Westfaelische Elektrizitaetswerksgesellschaft mbH & Co. KG',
  'Donaudampfschifffahrtsgesellschaftskapitaenswitwenversicherungs AG',
  'Baeckerei und Konditorei Mueller-Luedenscheidt Grosshandel GmbH',
];

interface Case {
  name: string;
  /** The run's id, or an id the API does not know (the element shows its error). */
  id: string;
  user: User;
  /** The element shows the run (not only an error). */
  loads: boolean;
}

/** Waits until the run or its error is shown, the rows in view are rendered and the badges drawn. */
async function settle(el: PaymentRunStatusElement, loads: boolean): Promise<void> {
  if (loads) {
    await until(() => !!el.paymentRun);
    await el.updateComplete;
    await until(() => !!root(el).querySelector('table'));
  } else {
    await until(() => !!root(el).querySelector('[role="alert"]'));
  }
  await el.updateComplete;
  await Promise.all(
    Array.from(root(el).querySelectorAll('cop-result-badge'), (badge) => badge.updateComplete),
  );
  await new Promise((r) => requestAnimationFrame(r));
}

async function mountCase(h: Harness, c: Case, locale = 'en'): Promise<PaymentRunStatusElement> {
  const el = await fixture<PaymentRunStatusElement>(
    html`<payment-run-status
      payment-run-id=${c.id}
      poll-interval="0"
      locale=${locale}
      .client=${h.client(c.user)}
    ></payment-run-status>`,
  );
  await settle(el, c.loads);
  return el;
}

describe('<payment-run-status> fits its box', function () {
  this.timeout(30_000);
  let h: Harness;
  let pending: PaymentRun;
  const cases: Case[] = [];

  before(async () => {
    h = harness();
    pending = await h.create([
      'Acme Office Supplies Ltd',
      'Bright Cleaning Co',
      'Blue Close Match Ltd',
      'Oak No Match Ltd',
    ]);
    const long = await h.create(LONG_NAMES);
    const fifty = await h.create(
      Array.from({ length: 50 }, (_, i) => `Supplier number ${i + 1} Ltd`),
    );
    const failures = await h.seeded('COMPLETED_WITH_ERRORS');
    const cancelled = await h.seeded('CANCELLED');
    cases.push(
      { name: 'a pending run seen by its creator', id: pending.id, user: 'creator', loads: true },
      {
        name: 'a pending run seen by a controller',
        id: pending.id,
        user: 'controller',
        loads: true,
      },
      { name: 'a finished run with failures', id: failures.id, user: 'controller', loads: true },
      { name: 'a cancelled run', id: cancelled.id, user: 'controller', loads: true },
      { name: 'long German supplier names', id: long.id, user: 'creator', loads: true },
      { name: 'a 50-payment run', id: fifty.id, user: 'creator', loads: true },
      {
        name: 'a run that is not found (404)',
        id: '0123456789abcdef01234567',
        user: 'controller',
        loads: false,
      },
    );
  });

  afterEach(async () => {
    resetBox();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('shows each state within the box at every width', async () => {
    const failures: string[] = [];
    for (const width of BOX_WIDTHS) {
      await useBox(width);
      for (const c of cases) {
        const el = await mountCase(h, c);
        const report = fitReport(el);
        if (report) failures.push(`${c.name} at ${width}px:\n${report}`);
        el.remove();
      }
    }
    expect(failures.join('\n')).to.equal('');
  });

  it('keeps its richest state within the box in German and French', async () => {
    const richest = cases[0];
    const failures: string[] = [];
    for (const locale of ['de', 'fr']) {
      for (const width of BOX_WIDTHS) {
        await useBox(width);
        const el = await mountCase(h, richest, locale);
        const report = fitReport(el);
        if (report) failures.push(`${locale} at ${width}px:\n${report}`);
        el.remove();
      }
    }
    expect(failures.join('\n')).to.equal('');
  });

  it('reflows at 200 % text zoom (WCAG 1.4.10) and in the dark palette', async () => {
    const richest = cases[0];
    const failures: string[] = [];
    const runs: { label: string; width: number; zoom: number; locale: string; dark?: boolean }[] = [
      { label: '200 %', width: 390, zoom: 2, locale: 'en' },
      { label: '200 %', width: 768, zoom: 2, locale: 'en' },
      { label: '200 % German', width: 768, zoom: 2, locale: 'de' },
      { label: 'dark', width: 390, zoom: 1, locale: 'en', dark: true },
      { label: 'dark', width: 1024, zoom: 1, locale: 'en', dark: true },
    ];
    for (const r of runs) {
      await emulateMedia({ colorScheme: r.dark ? 'dark' : 'light' });
      await useBox(r.width, r.zoom);
      const el = await mountCase(h, richest, r.locale);
      const report = fitReport(el);
      if (report) failures.push(`${r.label} at ${r.width}px:\n${report}`);
      el.remove();
    }
    expect(failures.join('\n')).to.equal('');
  });

  it('lays the timeline out in one row when all steps fit, else as a vertical list', async () => {
    const tops = async (width: number, locale: string) => {
      await useBox(width);
      const el = await mountCase(h, cases[0], locale);
      const steps = Array.from(root(el).querySelectorAll('[part="timeline"] li'));
      const result = new Set(steps.map((s) => Math.round(s.getBoundingClientRect().top))).size;
      const current = root(el).querySelector('[part="timeline"] [aria-current="step"]');
      expect(current?.textContent).to.contain(locale === 'de' ? 'Bestätigt' : 'Confirmed');
      el.remove();
      return result;
    };
    expect(await tops(750, 'de'), 'rows at 750 px in German').to.equal(1);
    expect(await tops(1024, 'en'), 'rows at 1024 px').to.equal(1);
    expect(await tops(600, 'en'), 'rows at 600 px').to.equal(6);
    expect(await tops(390, 'de'), 'rows at 390 px in German').to.equal(6);
  });
});
