import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in real Chromium and Firefox ESR (`E2E_BROWSERS` narrows
 * it). One file at a time on two cores; a Firefox launch alone can take 10-30 s on a busy machine.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
