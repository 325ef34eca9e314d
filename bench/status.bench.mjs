// Benchmark of <payment-run-status> with a 1000-payment run: builds the element (production Lit,
// its on-demand parts as separate chunks, as a host gets them), serves it, and drives it in
// Debian's headless Chromium. Prints the medians over the runs of
//   first rows painted after the run arrives, sort, filter (each until the frame is painted,
//   target <= 50 ms), scrolling to the last row, the page's height beyond its content (0 px), and
//   the longest main-thread task while opening, sorting, filtering and scrolling (target < 50 ms).
// Usage: node bench/status.bench.mjs [--runs 15] [--payments 1000] [--quick]
// --quick: 1 run of 300 payments; prints the figures, fails only if the benchmark cannot run.
import { availableParallelism, loadavg } from 'node:os';
import { median, openBenchPage } from './harness.mjs';

const quick = process.argv.includes('--quick');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', quick ? 1 : 15);
const payments = arg('payments', quick ? 300 : 1000);

const { page, close } = await openBenchPage('status');
try {
  const samples = await page.evaluate(
    async ({ runs, payments, quick }) => {
      if (!quick) for (let i = 0; i < 3; i++) await window.bench.measure(payments); // warm-up
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await window.bench.measure(payments));
      return samples;
    },
    { runs, payments, quick },
  );
  const m = (key) => median(samples.map((s) => s[key]));
  const ms = (value) => `${value.toFixed(1)} ms`;
  const target = (value, limit) => (quick ? '' : value <= limit ? ' ok' : ' OVER');
  const longest = Math.max(m('longOpen'), m('longSort'), m('longFilter'), m('longScroll'));
  const task = (key) => (m(key) ? ms(m(key)) : 'none >= 50 ms');
  console.log(
    [
      `<payment-run-status>, ${payments} payments, medians over ${runs} run(s)${quick ? ' (quick)' : ''}, ` +
        `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores:`,
      `  first rows painted after the run arrives: ${ms(m('firstRows'))} (target <= 50 ms)${target(m('firstRows'), 50)}`,
      `  sort by a column, painted:                ${ms(m('sort'))} (target <= 50 ms)${target(m('sort'), 50)}`,
      `  filter by status, painted:                ${ms(m('filter'))} (target <= 50 ms)${target(m('filter'), 50)}`,
      `  scroll to the end until the last row shows: ${ms(m('toLast'))}`,
      `  page taller than its content by:         ${m('pageExcess')} px (target 0)${target(m('pageExcess'), 0)}`,
      `  rows in the DOM at the end:              ${m('rowsInDom')} of ${payments}`,
      `  longest main-thread task: open ${task('longOpen')}, sort ${task('longSort')}, ` +
        `filter ${task('longFilter')}, scroll ${task('longScroll')} (target < 50 ms)${target(longest, 49.9)}`,
    ].join('\n'),
  );
} finally {
  await close();
}
