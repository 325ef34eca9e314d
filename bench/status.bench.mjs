// Benchmark of <payment-run-status> with a 1000-payment run, in headless Chromium.
// Prints the median first render (target ≤ 50 ms) and shows that one payment's status changing
// re-renders one row, not the list.
// Usage: node bench/status.bench.mjs [--runs 15] [--payments 1000]
// The page is a production bundle of the element (built in memory with Vite), so lit runs in
// production mode as it does for users.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 15);
const PAYMENTS = arg('payments', 1000);
const root = fileURLToPath(new URL('..', import.meta.url));

const page = /* js */ `
import '${root}src/payment-run-status.ts';

const names = ['Acme Office Supplies Ltd', 'Blue Close Match Ltd', 'Oak No Match Ltd', 'Opted Out Ltd'];
const outcomes = [
  { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'EXACT_MATCH' } },
  { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'CLOSE_MATCH', reasonCode: 'MBAM', accountName: 'Blue Limited' } },
  { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { match: 'NO_MATCH', reasonCode: 'ANNM' } },
  { category: 'UK_CONFIRMATION_OF_PAYEE', categoryResult: { reasonCode: 'OPTO' } },
];
const hex = (n) => n.toString(16).padStart(24, '0');

function makeRun(count, status = 'EXECUTING') {
  return {
    id: hex(0xabc),
    createdBy: '110747174434373672',
    createdAt: '2026-01-05T09:00:00Z',
    description: 'Benchmark run',
    tag: 'bench',
    status,
    payments: Array.from({ length: count }, (_, i) => ({
      id: hex(i + 1),
      status: 'AWAITING_FUNDS',
      reference: 'INV-' + (10000 + i),
      paymentAmount: { currency: 'GBP', amount: 1000 + i * 7 },
      supplier: {
        name: names[i % 4] + ' ' + i,
        type: 'BUSINESS',
        bankAccountDetails: { accountNumber: String(10000000 + i), sortCode: '123456' },
      },
      validationOutcomes: [outcomes[i % 4]],
    })),
  };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

async function mount(run) {
  const el = document.createElement('payment-run-status');
  el.pollInterval = 0;
  el.paymentRun = run;
  document.body.append(el);
  await el.updateComplete;
  await badges(el);
  return el;
}

const badges = (el) =>
  Promise.all([...el.shadowRoot.querySelectorAll('cop-result-badge')].map((b) => b.updateComplete));

/** Resolves once every row is in the DOM (the element adds rows over a few frames). */
async function complete(el, count) {
  while (el.shadowRoot.querySelectorAll('tbody tr').length < count) await frame();
  await el.updateComplete;
  await badges(el);
}

window.bench = {
  /**
   * ms from setting the run to the first screenful laid out (script, style, layout: what the user
   * sees), to its first frame, and to every row in the DOM.
   */
  async firstRender(count) {
    await frame();
    const run = makeRun(count);
    const t0 = performance.now();
    const el = await mount(run);
    el.shadowRoot.querySelector('table').getBoundingClientRect();
    const rendered = performance.now() - t0;
    const firstRows = el.shadowRoot.querySelectorAll('tbody tr').length;
    await frame();
    const painted = performance.now() - t0;
    await complete(el, count);
    el.shadowRoot.querySelector('table').getBoundingClientRect();
    const all = performance.now() - t0;
    el.remove();
    return { rendered, painted, all, firstRows };
  },
  /** One payment's status changes: which rows does the DOM touch, and how long does it take? */
  async oneChange(count) {
    const run = makeRun(count);
    const el = await mount(run);
    await complete(el, count);
    await frame();
    const touched = new Set();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        const row = node && node.closest('tbody tr');
        if (row) touched.add(row.dataset.id);
      }
    });
    observer.observe(el.shadowRoot.querySelector('tbody'), { subtree: true, childList: true, characterData: true, attributes: true });
    const changed = structuredClone(run);
    changed.payments[500 % count].status = 'EXECUTING';
    const t0 = performance.now();
    el.applyUpdate(changed);
    await el.updateComplete;
    el.shadowRoot.querySelector('table').getBoundingClientRect();
    const ms = performance.now() - t0;
    observer.disconnect();
    el.remove();
    return { ms, touchedRows: [...touched], expected: changed.payments[500 % count].id };
  },
};
window.benchReady = true;
`;

const result = await build({
  configFile: false,
  logLevel: 'silent',
  root,
  plugins: [
    {
      name: 'bench-page',
      enforce: 'pre',
      resolveId: (id) => (id.endsWith('virtual:bench') ? '\0virtual:bench' : undefined),
      load: (id) => (id === '\0virtual:bench' ? page : undefined),
    },
  ],
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'virtual:bench', formats: ['es'], fileName: 'bench' },
  },
});
const code = (Array.isArray(result) ? result[0] : result).output.find((o) => o.isEntry).code;

const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.setContent('<!doctype html><html lang="en-GB"><body></body></html>');
  await tab.addScriptTag({ type: 'module', content: code });
  await tab.waitForFunction(() => window.benchReady === true);

  // Warm up (JIT, style sheets), then measure.
  for (let i = 0; i < 3; i++) await tab.evaluate((n) => window.bench.firstRender(n), PAYMENTS);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    samples.push(await tab.evaluate((n) => window.bench.firstRender(n), PAYMENTS));
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const rendered = median(samples.map((s) => s.rendered));
  const painted = median(samples.map((s) => s.painted));
  const all = median(samples.map((s) => s.all));
  console.log(
    `first render of a ${PAYMENTS}-payment run (${RUNS} runs, medians): ${rendered.toFixed(1)} ms to the first ` +
      `${samples[0].firstRows} rows laid out (target ≤ 50 ms: ${rendered <= 50 ? 'ok' : 'OVER'}), ` +
      `${painted.toFixed(1)} ms to their first frame, ${all.toFixed(1)} ms until all ${PAYMENTS} rows are in the DOM`,
  );

  const changes = [];
  for (let i = 0; i < Math.min(RUNS, 7); i++) {
    changes.push(await tab.evaluate((n) => window.bench.oneChange(n), PAYMENTS));
  }
  const last = changes[changes.length - 1];
  const oneRow = changes.every(
    (c) => c.touchedRows.length === 1 && c.touchedRows[0] === c.expected,
  );
  console.log(
    `one payment's status changed: rows touched ${last.touchedRows.length} of ${PAYMENTS} ` +
      `(${oneRow ? 'ok: only that row' : 'NOT only that row'}), median ${median(changes.map((c) => c.ms)).toFixed(1)} ms`,
  );
  process.exitCode = rendered <= 50 && oneRow ? 0 : 1;
} finally {
  await browser.close();
}
