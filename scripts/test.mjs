// `npm test`: everything a reviewer would run, in order, without stopping at the first failure.
// Each check counts as one; the browser tests count one per test. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'npm-test-'));
const countsFile = join(scratch, 'wtr.json');
const storyCountsFile = join(scratch, 'vitest.json');
const e2eCountsFile = join(scratch, 'e2e.json');
const frameworksCountsFile = join(scratch, 'frameworks.json');
const cdnCspCountsFile = join(scratch, 'cdn-csp.json');
const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  WTR_COUNTS_FILE: countsFile,
  VITEST_COUNTS_FILE: storyCountsFile,
  E2E_COUNTS_FILE: e2eCountsFile,
  FRAMEWORKS_COUNTS_FILE: frameworksCountsFile,
  CDN_CSP_COUNTS_FILE: cdnCspCountsFile,
};

/** [label, command, args, file the runner writes its test counts to] */
const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['browser tests', 'npx', ['wtr', '--coverage'], countsFile],
  ['stories as tests', 'npx', ['vitest', 'run'], storyCountsFile],
  ['spec conformance', 'node', ['scripts/spec-conformance.mjs']],
  ['end to end (demo)', 'node', ['e2e/demo.e2e.mjs'], e2eCountsFile],
  ['demo fits its cards (1280, 768, 390 px)', 'node', ['scripts/demo-screenshots.mjs', '--check']],
  ['frameworks (React, Vue)', 'node', ['e2e/frameworks.e2e.mjs'], frameworksCountsFile],
  ['end to end (CDN, strict CSP)', 'node', ['e2e/cdn-csp.e2e.mjs'], cdnCspCountsFile],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['ssr import', 'node', ['scripts/check-ssr-import.mjs']],
  ['host bundle registers the elements', 'node', ['scripts/check-consumer-bundle.mjs']],
  ['README CDN snippet', 'node', ['scripts/build-cdn.mjs', '--check-readme']],
  ['manifest', 'node', ['scripts/check-manifest.mjs']],
  ['readme api', 'node', ['scripts/readme-api.mjs', '--check']],
  ['framework types', 'node', ['scripts/framework-types.mjs', '--check']],
  ['size budgets', 'node', ['scripts/check-size.mjs']],
  ['storybook build', 'npm', ['run', 'build-storybook', '--silent']],
  ['storybook static', 'node', ['scripts/check-storybook-static.mjs']],
  ['benchmarks (quick)', 'node', ['bench/run-quick.mjs']],
];

let passed = 0;
let failed = 0;
const summary = [];
for (const [label, cmd, args, counts] of steps) {
  const started = Date.now();
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (counts && existsSync(counts)) {
    const result = JSON.parse(readFileSync(counts, 'utf8'));
    passed += result.passed;
    failed += result.failed;
    if (status !== 0 && result.failed === 0) failed++;
    summary.push(`${label}: ${result.passed} passed, ${result.failed} failed (${seconds} s)`);
  } else {
    if (status === 0) passed++;
    else failed++;
    summary.push(`${label}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
