// Benchmark of <payment-run-list> with a heavy page: 20 runs of 1000 payments each (the API sends
// every run with all its payments). Builds the element as users get it (production Lit, every
// chunk, served by `vite preview`), drives it in headless Chromium, and prints the median time
// from the answer's arrival to all rows laid out (target ≤ 150 ms).
// Usage: node bench/list.bench.mjs [--runs 15] [--quick]
//   --quick: 3 samples, prints the figures, fails only if the benchmark cannot run.
import { median, openBenchPage } from './harness.mjs';

const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const samples = quick ? 3 : Number(runsArg > 0 ? process.argv[runsArg + 1] : 15) || 15;
const RUNS = 20;
const PAYMENTS = 1000;
const TARGET = 150;

const { page, close } = await openBenchPage('list');
try {
  const { times, floors } = await page.evaluate(
    async ({ samples, runs, payments }) => {
      for (let i = 0; i < 2; i++) await window.bench.page(runs, payments); // warm-up
      const times = [];
      const floors = [];
      for (let i = 0; i < samples; i++) {
        times.push(await window.bench.page(runs, payments));
        floors.push(await window.bench.floor(runs, payments));
      }
      return { times, floors };
    },
    { samples, runs: RUNS, payments: PAYMENTS },
  );
  const m = median(times);
  console.log(
    `list page of ${RUNS} runs × ${PAYMENTS} payments, answer to rows laid out: median ${m.toFixed(1)} ms ` +
      `over ${times.length} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; ` +
      `target ≤ ${TARGET} ms) ${m <= TARGET ? 'ok' : 'SLOW'}`,
  );
  console.log(
    `  of which the machine's floor (reading the same ${RUNS * PAYMENTS}-payment body and JSON.parse alone): ` +
      `median ${median(floors).toFixed(1)} ms`,
  );
  if (!quick && m > TARGET) process.exitCode = 1;
} finally {
  await close();
}
