import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { type Database, openDatabase } from '../../api/db/client.js';
import { migrate } from '../../api/db/migrator.js';
import { TEMPLATE_ENV } from './pglite-template.js';

/** PostgreSQL server for tests, when one is configured; otherwise tests use an in-memory PGlite. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null;

export interface TestDatabase extends Database {
  /** Drops the database (PostgreSQL) or discards it (PGlite). */
  destroy(): Promise<void>;
  /** The test database's URL on PostgreSQL (a second API instance can open it); null on PGlite. */
  url: string | null;
}

async function admin(url: string, sql: string) {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database of its own for one test file: a new PostgreSQL database on the
 * test server, or an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testServerUrl) {
    // Start from the migrated template the global setup dumped (tests/kit/pglite-template.ts), when there is one.
    const template = process.env[TEMPLATE_ENV];
    const loadDataDir = template ? new Blob([await readFile(template)]) : undefined;
    const db = await openDatabase({ kind: 'pglite', dataDir: null, statements: 'capture', loadDataDir });
    if (!loadDataDir) await migrate(db.sql);
    return { ...db, url: null, destroy: () => db.close() };
  }
  const name = `tisheng_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(testServerUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5, statements: 'capture' });
  await migrate(db.sql);
  return {
    ...db,
    url: url.toString(),
    async destroy() {
      await db.close();
      await admin(testServerUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
