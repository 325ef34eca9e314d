import { expect, fixture, html } from '@open-wc/testing';
import { COP_NOT_CHECKED_CODES, COP_REASON_CODES } from '../../src/api/enums.js';
import type { CopResultBadgeElement } from '../../src/cop-result-badge.js';
import '../../src/cop-result-badge.js';
import { copStrings } from '../../src/components/cop-result-badge/strings.js';

const nextEvent = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K) =>
  new Promise<HTMLElementEventMap[K]>((resolve) =>
    target.addEventListener(type, (e) => resolve(e as HTMLElementEventMap[K]), { once: true }),
  );
const text = (el: CopResultBadgeElement) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
const label = (el: CopResultBadgeElement) =>
  el.shadowRoot!.querySelector('[part="label"]')!.textContent.replace(/\s+/g, ' ').trim();

/** The match the API sends with each reason code (not-checked codes come without one). */
const MATCH_OF: Record<string, string | undefined> = {
  ANNM: 'NO_MATCH',
  MBAM: 'CLOSE_MATCH',
  BANM: 'NO_MATCH',
  PANM: 'NO_MATCH',
  BAMM: 'CLOSE_MATCH',
  PAMM: 'CLOSE_MATCH',
};

describe('<cop-result-badge>', () => {
  it('shows an exact match as an icon and text', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge match="EXACT_MATCH"></cop-result-badge>`,
    );
    expect(label(el)).to.equal('Name matches');
    expect(el.shadowRoot!.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect(text(el)).to.contain(copStrings['cop.explain.match']);
    await expect(el).to.be.accessible();
  });

  for (const code of COP_REASON_CODES) {
    it(`explains reason code ${code} in plain words`, async () => {
      const match = MATCH_OF[code];
      const el = await fixture<CopResultBadgeElement>(
        html`<cop-result-badge
          match=${match ?? ''}
          reason-code=${code}
          account-name=${match === 'CLOSE_MATCH' ? 'Acme Supplies Limited' : ''}
        ></cop-result-badge>`,
      );
      const notChecked = (COP_NOT_CHECKED_CODES as readonly string[]).includes(code);
      const expected = notChecked
        ? 'Could not check'
        : match === 'CLOSE_MATCH'
          ? 'Close match'
          : 'No match';
      expect(label(el)).to.equal(expected);
      expect(text(el)).to.contain(copStrings[`cop.reason.${code}`]);
      expect(text(el)).to.contain(`Reason code: ${code}`);
      await expect(el).to.be.accessible();
    });
  }

  it('treats a reason code without a match by what it means', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge reason-code="ANNM"></cop-result-badge>`,
    );
    expect(label(el)).to.equal('No match');
    el.reasonCode = 'PAMM';
    await el.updateComplete;
    expect(label(el)).to.equal('Close match');
  });

  it('offers the account holder’s name on a close match and fires cop-use-suggested-name', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge
        match="CLOSE_MATCH"
        reason-code="MBAM"
        account-name="Blue Limited"
        payment-id="a1b2"
      ></cop-result-badge>`,
    );
    expect(text(el)).to.contain('The account is held by: Blue Limited');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="use-name"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Use this name: Blue Limited');
    setTimeout(() => button.click());
    const event = await nextEvent(el, 'cop-use-suggested-name');
    expect(event.detail).to.deep.equal({ accountName: 'Blue Limited', paymentId: 'a1b2' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('leaves paymentId out when it has none', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge
        match="CLOSE_MATCH"
        reason-code="BAMM"
        account-name="Kim Limited"
      ></cop-result-badge>`,
    );
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="use-name"]')!.click());
    const event = await nextEvent(el, 'cop-use-suggested-name');
    expect(event.detail).to.deep.equal({ accountName: 'Kim Limited' });
  });

  it('takes a validationOutcomes entry, which wins over the attributes', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge
        match="EXACT_MATCH"
        .outcome=${{
          category: 'UK_CONFIRMATION_OF_PAYEE',
          categoryResult: { reasonCode: 'OPTO' },
        }}
      ></cop-result-badge>`,
    );
    expect(label(el)).to.equal('Could not check');
    expect(text(el)).to.contain(copStrings['cop.reason.OPTO']);
  });

  it('says "not checked" when there is no result (SEPA, or not validated yet)', async () => {
    const el = await fixture<CopResultBadgeElement>(html`<cop-result-badge></cop-result-badge>`);
    expect(label(el)).to.equal('Not checked');
    expect(text(el)).to.contain(copStrings['cop.explain.none']);
    await expect(el).to.be.accessible();
  });

  it('shows a match or reason code it does not know as sent', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge match="PARTIAL_MATCH" reason-code="ZZZZ"></cop-result-badge>`,
    );
    expect(label(el)).to.equal('Name check: PARTIAL_MATCH');
    expect(text(el)).to.contain('The bank gave the reason code ZZZZ.');
  });

  it('compact: the badge is a disclosure button that shows the explanation', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge
        variant="compact"
        match="CLOSE_MATCH"
        reason-code="MBAM"
        account-name="Blue Limited"
      ></cop-result-badge>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="label"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    await expect(el).to.be.accessible();
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    expect(button.getAttribute('aria-controls')).to.equal(details.id);
    expect(details.textContent).to.contain(copStrings['cop.reason.MBAM']);
    expect(details.querySelector('[part="use-name"]')).to.exist;
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
  });

  it('speaks the locale it is given and takes the host’s strings', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge
        match="NO_MATCH"
        reason-code="ANNM"
        .strings=${{ 'cop.verdict.no-match': 'Name differs' }}
      ></cop-result-badge>`,
    );
    expect(label(el)).to.equal('Name differs');
  });

  it('themes: forced dark palette and --pr-* tokens', async () => {
    const el = await fixture<CopResultBadgeElement>(
      html`<cop-result-badge
        theme="dark"
        match="EXACT_MATCH"
        style="--pr-color-success: rgb(1, 2, 3)"
      ></cop-result-badge>`,
    );
    const badge = el.shadowRoot!.querySelector('[part="label"]')!;
    expect(getComputedStyle(badge).color).to.equal('rgb(1, 2, 3)');
    el.style.removeProperty('--pr-color-success');
    await el.updateComplete;
    expect(getComputedStyle(badge).color).to.equal('rgb(126, 212, 146)'); // #7ed492, dark success
  });
});
