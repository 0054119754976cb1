import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsDir } from '../paths.js';
import type { SqlRunner } from './sql-runner.js';

/** Arbitrary but fixed: the advisory lock every Tisheng instance takes before migrating. */
const MIGRATION_LOCK_KEY = 72_657_231;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file's bytes, as Prisma records it. */
  checksum: string;
}

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    }),
  );
}

// The table exactly as Prisma Migrate creates it, so `prisma migrate status|deploy` agree with us.
const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

async function appliedMigrations(sql: SqlRunner): Promise<AppliedRow[]> {
  const [exists] = await sql.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists?.present) return [];
  return sql.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export async function migrationStatus(sql: SqlRunner, migrations?: Migration[]): Promise<MigrationStatus> {
  const all = migrations ?? (await readMigrations());
  const done = new Set(
    (await appliedMigrations(sql)).filter((row) => row.finished_at).map((row) => row.migration_name),
  );
  return {
    applied: all.filter((m) => done.has(m.name)).map((m) => m.name),
    pending: all.filter((m) => !done.has(m.name)).map((m) => m.name),
  };
}

/**
 * Applies the committed migrations that are not yet applied, each in its own transaction, and
 * records them in `_prisma_migrations` as Prisma Migrate does. Refuses to go on when a migration
 * failed earlier or an applied file was edited since.
 */
export async function migrate(sql: SqlRunner, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return sql.exclusive(MIGRATION_LOCK_KEY, async () => {
    await sql.query(CREATE_HISTORY);
    const applied = new Map((await appliedMigrations(sql)).map((row) => [row.migration_name, row]));
    const newlyApplied: string[] = [];
    for (const migration of all) {
      const row = applied.get(migration.name);
      if (row && !row.finished_at) {
        throw new Error(
          `migration ${migration.name} failed earlier and is recorded unfinished; resolve it with \`prisma migrate resolve\``,
        );
      }
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new Error(
            `migration ${migration.name} was edited after it was applied (checksum differs); add a new migration instead`,
          );
        }
        continue;
      }
      await sql.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  });
}
