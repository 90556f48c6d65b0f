import { defineConfig } from 'vitest/config';

/** Server tests: real server and redis processes on 127.0.0.1 (`npm run test:server`). */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['server/test/**/*.test.ts'],
    environment: 'node',
    // Generous: these start processes on a shared 2-core machine. No assertion depends on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
