import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium with the built extension, one file at a time (they share the machine's 2 cores). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/unit/summary-reporter.ts'],
  },
});
