import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (it has no "exports" map); make Vite use the same one,
    // or schema objects from the two builds meet ("Cannot use GraphQLObjectType from another realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'sdk/tests/**/*.test.ts'],
    // The fault suite spawns servers and PostgreSQL clusters of its own: `npm run test:faults` (vitest.faults.config.ts).
    exclude: ['tests/faults/**', '**/node_modules/**'],
    // On PGlite: one migrated database dumped once, loaded by every test file (tests/kit/database.ts).
    // The log audit (tests/kit/log-audit.ts): every app logs to the run's files; a token, national ID, phone number or
    // name in any line fails the run.
    globalSetup: ['tests/kit/pglite-template.ts', 'tests/kit/log-audit.ts'],
    pool: 'forks',
    // Test files share their worker's modules (the schema, Prisma's client) instead of importing them again: about
    // half the suite's time went to imports. Every file opens and closes its own database and app, so nothing else
    // is shared between files.
    isolate: false,
    // Every test file opens a database of its own (an in-memory PGlite takes ~0.5 GB).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
