import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // The panel and notes tests drive Dexie and Preact through many steps; 5 s (the default) was short on a loaded
    // 2-core machine. No test asserts on time.
    testTimeout: 20_000,
    reporters: ['default', './tests/unit/summary-reporter.ts'],
  },
});
