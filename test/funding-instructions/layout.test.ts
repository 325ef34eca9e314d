/**
 * `<funding-instructions>` and `<cop-result-badge>` fit every host box from 280 px: every state is
 * mounted once, then the box is resized through every width (container queries follow the
 * element's box), failing if anything sticks out of the element or the page grows wider.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PaymentRunClient } from '../../src/api/index.js';
import type { CopResultBadgeElement } from '../../src/cop-result-badge.js';
import '../../src/cop-result-badge.js';
import type { FundingInstructionsElement } from '../../src/funding-instructions.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import { BOX_WIDTHS, fitReport, resetBox, useBox } from '../helpers/layout.js';
import { setupSandbox } from '../helpers/sandbox.js';
import {
  $,
  $$,
  choose,
  gbp,
  pendingFundingRun,
  seededRun,
  startFunding,
  validatedRun,
  waitUntil,
} from './helpers.js';

interface Options {
  lang?: string;
  sandbox?: boolean;
  /** Light DOM content for the `bank-payment` slot. */
  bankPayment?: boolean;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function mountIn(
  client: PaymentRunClient,
  id: string,
  o: Options = {},
): Promise<FundingInstructionsElement> {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${o.lang ?? 'en'}>
      <funding-instructions .client=${client} poll-interval="0" payment-run-id=${id}>
        ${
          o.bankPayment
            ? html`<div slot="bank-payment" style="border: 1px solid; padding: 8px">
                Your bank's secure page for the payment of this funding group
              </div>`
            : ''
        }
      </funding-instructions>
    </div>
  `);
  const el = wrapper.querySelector<FundingInstructionsElement>('funding-instructions')!;
  await waitUntil(() => !el.matches(':state(loading)') && !$(el, '.skeleton'), 'not loaded');
  await el.updateComplete;
  return el;
}

/** Opens every group's payments, so their table is measured too. */
async function openPayments(el: FundingInstructionsElement): Promise<void> {
  for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
  await el.updateComplete;
}

const severalGroups = [
  gbp('Acme Office Supplies Ltd', 90_000, 'INV-2026-0001-ACME'),
  gbp('Bright Cleaning Company of Greater Manchester Ltd', 60_000, 'INV-2'),
  gbp('Harbour Logistics Ltd', 30_000, 'INV-3'),
];

type Scene = (lang: string) => Promise<HTMLElement>;

/** Every state of the element, by name: each makes its run in a fresh sandbox and mounts. */
const scenes: Record<string, Scene> = {
  'not ready yet': async (lang) => {
    const setup = setupSandbox();
    const id = await validatedRun(setup, [gbp('Acme Office Supplies Ltd', 50_000, 'INV-1')]);
    return mountIn(setup.clientFor('controller'), id, { lang });
  },
  'account choice (several accounts, an expired consent, other currencies)': async (lang) => {
    const setup = setupSandbox();
    return mountIn(setup.clientFor('controller'), await pendingFundingRun(setup), { lang });
  },
  'no linked account': async (lang) => {
    const setup = setupSandbox({ seed: false });
    const el = await mountIn(setup.clientFor('controller'), await pendingFundingRun(setup), {
      lang,
    });
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click(); // and linking not handled
    await el.updateComplete;
    return el;
  },
  'awaiting funds, several groups, one being paid in the slot': async (lang) => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const el = await mountIn(
      setup.clientFor('controller'),
      await pendingFundingRun(setup, severalGroups),
      { lang, bankPayment: true },
    );
    await choose(el, 'Operating account');
    await startFunding(el);
    $$(el, '[part="pay-button"]')[0].click();
    await openPayments(el);
    return el;
  },
  'partly funded': async (lang) => {
    const setup = setupSandbox();
    const el = await mountIn(setup.clientFor('controller'), await seededRun(setup, 'EU-2026-01'), {
      lang,
    });
    await openPayments(el);
    return el;
  },
  completed: async (lang) => {
    const setup = setupSandbox();
    const el = await mountIn(setup.clientFor('controller'), await seededRun(setup, 'DEC-2025-02'), {
      lang,
    });
    await waitUntil(() => $(el, '[part="group"]'), 'no groups');
    await openPayments(el);
    return el;
  },
  'a cancelled group': async (lang) => {
    const setup = setupSandbox({ fundingGroupLimit: 100_000 });
    const controller = setup.clientFor('controller');
    const id = await pendingFundingRun(setup, severalGroups);
    const el = await mountIn(controller, id, { lang });
    await choose(el, 'Operating account');
    await startFunding(el);
    const reference = $$(el, '[part="group"] h4')[0].dataset.group!;
    await controller.cancelFundingGroup(id, reference);
    await el.refresh();
    await el.updateComplete;
    return el;
  },
  'an error with Retry': async (lang) => {
    const setup = setupSandbox();
    const id = await pendingFundingRun(setup);
    setup.sandbox.faults.add({ path: `/v1/payment_runs/${id}`, method: 'GET', status: 503 });
    return mountIn(setup.clientFor('controller'), id, { lang });
  },
};

const LONG_NAME = 'Bartholomew-Fitzwilliam Hargreaves-Montgomery Consolidated Holdings Limited';
const badgeScene = (lang: string, width = '') =>
  fixture<HTMLElement>(html`
    <div lang=${lang} style=${width ? `width: ${width}` : ''}>
      <cop-result-badge match="EXACT_MATCH"></cop-result-badge>
      <cop-result-badge
        match="CLOSE_MATCH"
        reason-code="MBAM"
        account-name=${LONG_NAME}
      ></cop-result-badge>
      <cop-result-badge match="NO_MATCH" reason-code="BAMM"></cop-result-badge>
      <cop-result-badge match="NO_MATCH" reason-code="CASS"></cop-result-badge>
      <cop-result-badge></cop-result-badge>
      <cop-result-badge
        variant="compact"
        match="CLOSE_MATCH"
        reason-code="PAMM"
        account-name=${LONG_NAME}
      ></cop-result-badge>
    </div>
  `);

/** Resizes the box through `widths` and returns what did not fit, by width. */
async function misfits(
  elements: () => HTMLElement[],
  widths: readonly number[],
  textZoom = 1,
): Promise<string> {
  const found: string[] = [];
  for (const width of widths) {
    await useBox(width, textZoom);
    await frame();
    for (const el of elements()) {
      const report = fitReport(el);
      if (report) found.push(`at ${width}px (${el.localName}):\n${report}`);
    }
  }
  return found.join('\n');
}

describe('layout: <funding-instructions> in every box', () => {
  afterEach(resetBox);

  for (const [name, make] of Object.entries(scenes)) {
    it(`fits 280–1440 px: ${name}`, async () => {
      const el = await make('en');
      expect(await misfits(() => [el], BOX_WIDTHS)).to.equal('');
      expect(await misfits(() => [el], [390], 2), '200 % text').to.equal('');
    });
  }

  for (const lang of ['de', 'fr']) {
    it(`fits 280 and 390 px in ${lang}: every state`, async () => {
      for (const [name, make] of Object.entries(scenes)) {
        await useBox(390);
        const el = await make(lang);
        expect(await misfits(() => [el], [280, 390]), `${name} in ${lang}`).to.equal('');
        el.parentElement!.remove();
      }
    });
  }
});

describe('layout: <cop-result-badge> in every box', () => {
  afterEach(resetBox);

  for (const lang of ['en', 'de', 'fr']) {
    it(`wraps every outcome inside the box in ${lang}`, async () => {
      const wrapper = await badgeScene(lang);
      const compact = wrapper.querySelector<CopResultBadgeElement>('[variant="compact"]')!;
      compact.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await compact.updateComplete;
      const badges = () => [...wrapper.querySelectorAll<HTMLElement>('cop-result-badge')];
      const widths = lang === 'en' ? BOX_WIDTHS : ([280, 390] as const);
      expect(await misfits(badges, widths)).to.equal('');
      expect(await misfits(badges, [390], 2), '200 % text').to.equal('');
    });
  }
});

describe('layout: <cop-result-badge> in a narrow table cell', () => {
  afterEach(resetBox);

  it('wraps its label, reason, name and action in a 9rem cell in German at 200 % text', async () => {
    await useBox(390, 2);
    const wrapper = await badgeScene('de', '9rem');
    const badges = [...wrapper.querySelectorAll<HTMLElement>('cop-result-badge')];
    await frame();
    const reports = badges.map((b) => fitReport(b)).filter(Boolean);
    expect(reports.join('\n')).to.equal('');
    for (const badge of badges) {
      expect(badge.getBoundingClientRect().width).to.be.at.most(wrapper.clientWidth + 0.5);
    }
  });
});
