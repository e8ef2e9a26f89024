import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Vitest's own summary is not a line CI recognises. This writes the plain counts to a file that
 * scripts/test-all.mjs adds up with the browser tests into one `N passed, N failed` line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load has no tests but must count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++;
    }
    const file = process.env.KEFU_UNIT_SUMMARY;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    console.log(
      `${process.env.KEFU_SUMMARY_LABEL ?? 'vitest'}: ${passed} passed, ${failed} failed, ${skipped} skipped`,
    );
  }
}
