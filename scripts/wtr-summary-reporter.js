// Adds one plain closing line "wtr: N passed, N failed, N skipped" to wtr's output and writes the
// counts to coverage-free scratch file for scripts/test.mjs. A session (test file) that failed
// without any failed test (a module that could not load) counts as one failure.
import { writeFileSync } from 'node:fs';

/** @returns {import('@web/test-runner').Reporter} */
export function summaryLineReporter() {
  /** @type {string | undefined} */
  let line;
  /** @param {any} suite @param {{passed: number, failed: number, skipped: number}} acc */
  const count = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites) count(s, acc);
    return acc;
  };
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        const before = acc.failed;
        count(s.testResults, acc);
        if (!s.passed && acc.failed === before) acc.failed++;
      }
      line = `wtr: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped`;
      if (process.env.WTR_COUNTS_FILE)
        writeFileSync(process.env.WTR_COUNTS_FILE, JSON.stringify(acc));
    },
    getTestProgress() {
      return line ? ['', line] : [];
    },
  };
}
