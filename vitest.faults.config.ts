import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the API as real processes under faults (PostgreSQL restarting, kill -9, a full disk, SIGTERM),
 * each test file on a PostgreSQL cluster of its own (tests/faults/kit.ts). Not part of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    pool: 'forks',
    // Each file runs a cluster and one or two API processes: two files at a time on a small machine.
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
