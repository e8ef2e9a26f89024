import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Most files test pure functions, or parse pages in a happy-dom Window of their own (tests/unit/extract-*): they
    // run in plain Node. A file that needs the DOM as a global (the panel, the guard, the content-script reporters)
    // says so in its first line, `// @vitest-environment happy-dom`. Creating that global environment cost ~0.8 s a
    // file, 115 s of the suite's 280 (2026-12).
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // The panel and notes tests drive Dexie and Preact through many steps; 5 s (the default) was short on a loaded
    // 2-core machine. No test asserts on time.
    testTimeout: 20_000,
    // Vitest's default leaves one core to its main process: one worker on our 2-core machines. Two workers there took
    // the suite from 350 s to 280 s (2026-12); the main process mostly waits.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './tests/unit/summary-reporter.ts'],
  },
});
