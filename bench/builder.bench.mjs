// Benchmark of <payment-run-builder>: builds the element (production Lit), serves it, and drives it
// in Debian's headless Chromium. Prints the medians of
//   (a) paste of 1000 rows: parsed, checked, previewed, added and rendered (target <= 150 ms)
//   (b) one keystroke in a field of a 1000-row run until the next frame is ready (target <= 8 ms)
// Usage: node bench/builder.bench.mjs [--runs 15] [--quick]
// --quick: 1 paste and 4 keystrokes; prints the figures, fails only if the benchmark cannot run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const quick = process.argv.includes('--quick');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || (quick ? 1 : 15);
const outDir = mkdtempSync(join(tmpdir(), 'builder-bench-'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

await build({
  configFile: false,
  logLevel: 'warn',
  root: 'bench',
  base: './',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: 'bench/builder.bench.html' },
  },
});
const server = await preview({
  configFile: false,
  root: 'bench',
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1' },
});
const url = `${server.resolvedUrls.local[0]}builder.bench.html`;

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.bench?.ready);
  const figures = await page.evaluate(
    async ({ runs, quick }) => {
      const { paste, keystroke } = window.bench;
      if (!quick) await paste(); // warm-up: loads Papa Parse and the virtualizer once, as a real page would
      const pastes = [];
      for (let i = 0; i < runs; i++) pastes.push(await paste());
      const el = document.querySelector('payment-run-builder');
      if (!el.shadowRoot.querySelector('.row')) throw new Error('The 1000 rows did not render.');
      if (!quick) for (let i = 0; i < 5; i++) await keystroke(el, i);
      const keys = [];
      for (let i = 0; i < runs * 4; i++) keys.push(await keystroke(el, i));
      return { pastes, keys };
    },
    { runs, quick },
  );
  // Quick mode only shows that the benchmark runs: one sample says nothing about a target.
  const verdict = (met) => (quick ? '(quick)' : met ? 'ok' : 'SLOW');
  const a = median(figures.pastes);
  const b = median(figures.keys);
  console.log(
    `paste 1000 rows (parse, check, preview, add, render): median ${a.toFixed(1)} ms over ${figures.pastes.length} runs (target <= 150 ms) ${verdict(a <= 150)}`,
  );
  console.log(
    `keystroke in a 1000-row run until the frame is ready:  median ${b.toFixed(2)} ms over ${figures.keys.length} runs (target <= 8 ms) ${verdict(b <= 8)}`,
  );
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
}
