import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time, generous timeouts, no retries hiding flakiness.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/test-reports/e2e.json' },
  },
});
