/**
 * Every user-visible text must come from a string table, so hosts can translate and override it.
 * Two checks, each proven to catch a planted bypass: the sources' `html` templates hold no literal
 * text, and elements rendered with every key shown as `⟦key⟧` show nothing else but API data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { componentSources, literalTexts, loadTypeScript, type Finding } from './literal-text.js';
import { ApiData, leaks, PSEUDO_STRINGS } from './rendered-text.js';
import {
  builderScenes,
  copScenes,
  fundingScenes,
  stage,
  statusScenes,
  type Stage,
  type Visit,
} from './scenes.js';

const ENTRIES = [
  'payment-run-builder',
  'payment-run-status',
  'funding-instructions',
  'cop-result-badge',
] as const;

const listFindings = (findings: Finding[]) =>
  findings.map((f) => `\n  ${f.file}:${f.line} ${f.where}: “${f.text}”`).join('');

/** A source the static check must flag: one hard-coded label, one hard-coded bound text. */
const PLANTED_SOURCE = `
  import { html } from 'lit';
  export const view = (t: (key: string) => string, busy: boolean) => html\`
    <p>\${t('ok.key')} · 50 %</p>
    <button aria-label="Close the dialog">&times;</button>
    <span class="x" part="y">\${busy ? 'Saving' : t('idle')}</span>
  \`;
`;

/** An element the rendered check must flag: its title does not come from the table. */
class PlantedBypass extends LitElement {
  override render() {
    return html`<p>${PSEUDO_STRINGS['action.retry']}</p>
      <button title="Delete row">×</button>`;
  }
}
customElements.define('x-planted-bypass', PlantedBypass);

describe('string table: no literal text in templates', function () {
  // The first test evaluates the whole TypeScript compiler (9 MB) in the page.
  this.timeout(120_000);

  it('flags a planted literal label and bound text, and no symbol', async () => {
    const ts = await loadTypeScript();
    const found = literalTexts(ts, 'planted.ts', PLANTED_SOURCE);
    expect(found.map((f) => [f.line, f.where, f.text])).to.deep.equal([
      [5, 'aria-label', 'Close the dialog'],
      [6, 'text', 'Saving'],
    ]);
  });

  for (const tag of ENTRIES) {
    it(`<${tag}>: every text in its templates comes from t()`, async () => {
      const ts = await loadTypeScript();
      const sources = await componentSources(ts, `src/${tag}.ts`);
      expect(sources.size, 'files reached from the entry').to.be.greaterThan(1);
      const found = [...sources].flatMap(([file, source]) => literalTexts(ts, file, source));
      if (found.length) expect.fail(`literal texts in templates:${listFindings(found)}`);
    });
  }
});

describe('string table: rendered with every key as ⟦key⟧', function () {
  // Each test renders an element in many states against the sandbox.
  this.timeout(120_000);
  let s: Stage;
  beforeEach(() => {
    s = stage('en-GB', PSEUDO_STRINGS);
  });
  afterEach(() => s.setup.sandbox.stop());

  /** Collects what leaked in each state; a state showing no marker at all did not render. */
  function collector(): { visit: Visit; report: () => string } {
    let report = '';
    const visit: Visit = (state, el) => {
      expect(el.shadowRoot!.textContent, `${state} shows table texts`).to.contain('⟦');
      for (const l of leaks(el.shadowRoot!, s.data, s.locale)) {
        report += `\n  [${state}] ${l.where}: “${l.text}” (${l.residue.join(', ')})`;
      }
    };
    return { visit, report: () => report };
  }

  it('flags a planted element that shows English outside the table', async () => {
    const el = await fixture<PlantedBypass>(html`<x-planted-bypass></x-planted-bypass>`);
    const found = leaks(el.shadowRoot!, new ApiData(), 'en-GB');
    expect(found.map((l) => [l.text, l.residue])).to.deep.equal([
      ['Delete row', ['Delete', 'row']],
    ]);
  });

  const scenes = {
    '<payment-run-status> in every status and role': statusScenes,
    '<funding-instructions> in each stage, as controller and creator': fundingScenes,
    '<payment-run-builder> empty, invalid, importing and created': builderScenes,
    '<cop-result-badge> for every result, full and compact': copScenes,
  };
  for (const [name, render] of Object.entries(scenes)) {
    it(`${name} shows only table texts and API data`, async () => {
      const { visit, report } = collector();
      await render(s, visit);
      if (report()) expect.fail(`texts outside the string table:${report()}`);
    });
  }
});
