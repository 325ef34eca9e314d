// Prints one plain closing line "vitest: N passed, N failed, N skipped" after the run, and writes
// the counts to $VITEST_COUNTS_FILE for scripts/test.mjs. A file that failed to load counts as one.
import { writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let modFailed = 0;
      for (const t of mod.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') {
          failed++;
          modFailed++;
        } else skipped++;
      }
      if (modFailed === 0 && mod.state() === 'failed') failed++;
    }
    if (errors.length && failed === 0) failed += errors.length;
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    if (process.env.VITEST_COUNTS_FILE) {
      writeFileSync(process.env.VITEST_COUNTS_FILE, JSON.stringify({ passed, failed, skipped }));
    }
  }
}
