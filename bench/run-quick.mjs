// `npm test`'s benchmark step: every benchmark once, in its quick mode (one run, small sizes).
// Prints their figures; fails only when a benchmark cannot run (times here are too noisy to
// assert: `npm run bench` gives the medians against the targets).
import { spawnSync } from 'node:child_process';

const benches = ['bench/builder.bench.mjs', 'bench/status.bench.mjs', 'bench/list.bench.mjs'];
let failed = 0;
for (const file of benches) {
  const started = Date.now();
  const { status } = spawnSync('node', [file, '--quick'], { stdio: 'inherit', timeout: 120_000 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${file} --quick: ${status === 0 ? 'ran' : 'could not run'} (${seconds} s)`);
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
