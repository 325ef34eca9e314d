import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { theme } from '../../src/styles/theme.js';

/** Paints each text/background pair of the built-in palette so the test can read real colours. */
@customElement('test-palette-probe')
class TestPaletteProbe extends LitElement {
  static override styles = theme;
  @property({ reflect: true }) theme?: 'light' | 'dark';
  override render() {
    return litHtml`<div class="root">${PAIRS.map(
      ([fg, bg]) =>
        litHtml`<span data-pair="${fg}/${bg}" style="color: var(${fg}); background: var(${bg})">x</span>`,
    )}</div>`;
  }
}

/** Text colour over the background it is used on; every pair must meet WCAG AA (4.5:1). */
const PAIRS: [string, string][] = [
  ['--_fg', '--_bg'],
  ['--_fg', '--_bg-subtle'],
  ['--_muted', '--_bg'],
  ['--_muted', '--_bg-subtle'],
  ['--_accent', '--_bg'],
  ['--_on-accent', '--_accent'],
  ['--_danger', '--_bg'],
  ['--_danger', '--_danger-bg'],
  ['--_success', '--_bg'],
  ['--_success', '--_success-bg'],
  ['--_warning', '--_bg'],
  ['--_warning', '--_warning-bg'],
  ['--_fg', '--_info-bg'],
];

function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// axe does not check contrast inside shadow roots, so the palettes are measured here.
describe('built-in palettes', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast for every text colour in the ${mode} palette`, async () => {
      const el = await fixture<TestPaletteProbe>(
        html`<test-palette-probe theme=${mode}></test-palette-probe>`,
      );
      const failures: string[] = [];
      for (const span of el.shadowRoot!.querySelectorAll<HTMLElement>('[data-pair]')) {
        const style = getComputedStyle(span);
        const ratio = contrast(style.color, style.backgroundColor);
        if (ratio < 4.5) failures.push(`${span.dataset.pair}: ${ratio.toFixed(2)}`);
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('lets a host token override the palette', async () => {
    const el = await fixture<TestPaletteProbe>(
      html`<test-palette-probe style="--pr-color-accent: rgb(1, 2, 3)"></test-palette-probe>`,
    );
    const span = el.shadowRoot!.querySelector<HTMLElement>('[data-pair="--_accent/--_bg"]')!;
    expect(getComputedStyle(span).color).to.equal('rgb(1, 2, 3)');
  });
});
