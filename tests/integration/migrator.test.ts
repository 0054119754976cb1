import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/db/client.js';
import { DataDirLockedError } from '../../api/db/data-dir-lock.js';
import { migrate, migrationStatus, readMigrations } from '../../api/db/migrator.js';
import { createTestDatabase, type TestDatabase } from '../kit/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.destroy());

describe('migrator', () => {
  it('records every committed migration as Prisma Migrate does', async () => {
    const migrations = await readMigrations();
    const rows = await db.sql.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(
      'SELECT migration_name, checksum, applied_steps_count, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row).toMatchObject({ applied_steps_count: 1, rolled_back_at: null });
      expect(row.finished_at).toBeInstanceOf(Date);
    }
    expect(await migrationStatus(db.sql)).toEqual({ applied: migrations.map((m) => m.name), pending: [] });
  });

  it('is idempotent', async () => {
    expect(await migrate(db.sql)).toEqual([]);
  });

  it('refuses a migration edited after it was applied', async () => {
    const [first, ...rest] = await readMigrations();
    await expect(migrate(db.sql, [{ ...first!, checksum: 'f'.repeat(64) }, ...rest])).rejects.toThrow(
      /edited after it was applied/,
    );
  });

  it('applies a new migration in one transaction, and rolls a failing one back whole', async () => {
    const all = await readMigrations();
    const good = {
      name: '99990101000000_test_good',
      sql: 'CREATE TABLE "probe_good" (id int);\nINSERT INTO "probe_good" VALUES (1);',
      checksum: 'a'.repeat(64),
    };
    expect(await migrate(db.sql, [...all, good])).toEqual([good.name]);
    const bad = {
      name: '99990102000000_test_bad',
      sql: 'CREATE TABLE "probe_bad" (id int);\nSELECT no_such_function();',
      checksum: 'b'.repeat(64),
    };
    await expect(migrate(db.sql, [...all, good, bad])).rejects.toThrow();
    expect(await db.sql.query(`SELECT to_regclass('"probe_bad"') AS t`)).toEqual([{ t: null }]);
    expect((await migrationStatus(db.sql, [...all, good, bad])).pending).toEqual([bad.name]);
  });
});

describe('embedded data directory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tisheng-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is locked against a second opener and released on close', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  }, 60_000);
});
