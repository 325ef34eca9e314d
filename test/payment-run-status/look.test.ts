import { expect } from '@open-wc/testing';
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { harness, mount, root, textOf, type Harness } from './helpers.js';

function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const transparent = (colour: string) => colour === 'transparent' || /,\s*0\)$/.test(colour);

/** The colour painted behind `el`: its own background, else the nearest ancestor's. */
function paintedBehind(el: Element): string {
  for (let node: Element | null = el; node;) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!transparent(bg)) return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

const headerChip = (el: PaymentRunStatusElement) =>
  root(el).querySelector<HTMLElement>('.header .chip')!;

describe('<payment-run-status> look', () => {
  let h: Harness;
  let cancelledId: string;
  let pendingId: string;

  before(async () => {
    h = harness();
    cancelledId = (await h.seeded('CANCELLED')).id;
    pendingId = (await h.create()).id;
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows Cancelled as stopped, unlike a run awaiting confirmation (${theme})`, async () => {
      const cancelled = await mount(h, cancelledId);
      const pending = await mount(h, pendingId);
      for (const el of [cancelled, pending]) {
        el.theme = theme;
        await el.updateComplete;
      }
      const stopped = getComputedStyle(headerChip(cancelled));
      const waiting = getComputedStyle(headerChip(pending));
      expect(headerChip(cancelled).textContent).to.contain('Cancelled');
      expect(stopped.borderTopStyle).to.equal('dashed');
      expect(waiting.borderTopStyle).to.equal('solid');
      expect(stopped.backgroundColor).not.to.equal(waiting.backgroundColor);
      expect(getComputedStyle(headerChip(cancelled), '::before').content).to.contain('⊘');
      for (const chip of [headerChip(cancelled), headerChip(pending)]) {
        const ratio = contrast(getComputedStyle(chip).color, paintedBehind(chip));
        expect(ratio, `${chip.textContent} contrast`).to.be.at.least(4.5);
      }
    });
  }

  it('says when the run was created, never naming its creator by a raw user id', async () => {
    const run = await h.create();
    const el = await mount(h, run);
    const created = root(el).querySelector('.facts time')!;
    expect(created.getAttribute('datetime')).to.equal(run.createdAt);
    expect(run.createdBy).to.match(/\d{6,}/);
    expect(textOf(el)).not.to.contain(run.createdBy);
    expect(textOf(el)).not.to.contain('Created by');
  });
});
