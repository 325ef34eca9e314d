// Benchmark of <payment-run-builder>: builds the element (production Lit), serves it, and drives it
// in Debian's headless Chromium. Prints the medians of
//   (a) paste of 1000 rows: parsed, checked, previewed, added and rendered (target <= 150 ms)
//   (b) one keystroke in a field of a 1000-row run until the next frame is ready (target <= 8 ms)
// Usage: node bench/builder.bench.mjs [--runs 15] [--quick]
// --quick: 1 paste and 4 keystrokes; prints the figures, fails only if the benchmark cannot run.
import { median, openBenchPage } from './harness.mjs';

const quick = process.argv.includes('--quick');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || (quick ? 1 : 15);

const { page, close } = await openBenchPage('builder');
try {
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
  await close();
}
