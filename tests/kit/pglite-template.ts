/**
 * Vitest global setup: on PGlite (no test server configured), migrate one database once and dump its data directory
 * to a file; each test file's database then starts from it (tests/kit/database.ts) instead of running initdb and the
 * migrations again (about 3 s a file). Nothing on PostgreSQL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../../api/db/migrator.js';
import { pgliteRunner } from '../../api/db/sql-runner.js';

/** The environment variable naming the dumped template (read by createTestDatabase). */
export const TEMPLATE_ENV = 'TISHENG_TEST_PGLITE_TEMPLATE';

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL) return async () => {};
  const pglite = await PGlite.create();
  await migrate(pgliteRunner(pglite));
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const dir = await mkdtemp(path.join(tmpdir(), 'tisheng-pglite-'));
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_ENV] = file;
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
