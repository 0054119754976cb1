import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

/** A raw SQL connection for work Prisma's client does not do: migrations and health checks. */
export interface SqlRunner {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction; `exec` there accepts whole multi-statement scripts. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Runs `work` holding a database-wide lock so several processes never migrate at once. */
  exclusive<T>(key: number, work: () => Promise<T>): Promise<T>;
}

export interface SqlTransaction {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  const on = (conn: PGlite | Transaction) => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await conn.query<Row>(sql, params)).rows;
    },
    async exec(script: string) {
      await conn.exec(script);
    },
  });
  return {
    query: on(db).query,
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    // PGlite has a single connection in a single process (the data directory is locked).
    exclusive: (_key, work) => work(),
  };
}

export function postgresRunner(pool: pg.Pool): SqlRunner {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          async exec(script) {
            await client.query(script);
          },
          async query<Row>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as Row[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async exclusive(key, work) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await work();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
  };
}
