import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { rootLogger } from '../observability/logger.js';
import { lockDataDir } from './data-dir-lock.js';
import { PrismaClient } from './generated/prisma/client.js';
import { type ChannelHandlers, listenPglite, listenPostgres, type Unlisten } from './notifications.js';
import { statementNames } from './prepared-statements.js';
import { pgliteRunner, postgresRunner, type SqlRunner } from './sql-runner.js';

export type { PrismaClient };

/** The client inside `prisma.$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * What the client keeps of the SQL statements Prisma sends: nothing (`off`, production), a running
 * count (`count`), or the count and each statement's text until the next reset (`capture`, tests only:
 * the texts are kept in memory).
 */
export type StatementTracking = 'off' | 'count' | 'capture';

export type DatabaseOptions = (
  | {
      kind: 'postgres';
      url: string;
      poolSize: number;
      /** How long a query waits for a connection before failing (server down, pool busy); 5 s when absent. */
      connectTimeoutMs?: number;
      /**
       * How long an unused connection stays in the pool; 0: until it fails; 5 minutes when absent. A connection holds
       * its prepared statements, their plans and the server's catalog caches: a new one spent about 130 ms of database
       * CPU on its first class dashboards, so a short timeout (node-postgres's default is 10 s) paid that again after
       * every pause in the load.
       */
      idleTimeoutMs?: number;
      /** A streaming replica for the reads that tolerate lag (DATABASE_READ_URL); null or absent: the primary. */
      replica?: ReadReplicaOptions | null;
    }
  /** `loadDataDir` (in memory only): start from a dumped data directory (a migrated template) instead of initdb. */
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob }
) & { statements?: StatementTracking };

interface PoolTimeouts {
  connectTimeoutMs: number;
  idleTimeoutMs: number;
}

/** A read replica's connection: its URL and the size of its own pool. */
export interface ReadReplicaOptions {
  url: string;
  poolSize: number;
}

/** An open database: the Prisma client for the API and a raw runner for migrations and health. */
export interface Database {
  kind: DatabaseOptions['kind'];
  prisma: PrismaClient;
  /**
   * The client for read-only pages that tolerate replication lag (progress pages, survey results, export batches): a
   * streaming replica when DATABASE_READ_URL is set, else the same client as `prisma`. Never write through it, and
   * never read through it what the same request has just written.
   */
  replica: PrismaClient;
  sql: SqlRunner;
  /** SQL statements Prisma sent since the last reset (always 0 with tracking `off`); tests assert on it. */
  statements: StatementCounter;
  /** Subscribes to a notification channel (PostgreSQL LISTEN); see notifications.ts. */
  listen(channel: string, handlers: ChannelHandlers): Promise<Unlisten>;
  /** What the job queue (pg-boss, api/jobs) connects through: its own pool to the server, or the embedded instance. */
  jobBackend: { kind: 'postgres'; url: string } | { kind: 'pglite'; pglite: PGlite };
  /** The connection pools' use now (`primary`, `replica`; none on the embedded database): the metrics' gauges. */
  pools(): PoolStats[];
  close(): Promise<void>;
}

/** A pg pool's size and use at one moment, as node-postgres counts them. */
export interface PoolStats {
  name: 'primary' | 'replica';
  /** Connections open (idle or in use). */
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
  /** The pool's size. */
  max: number;
}

function poolStats(name: PoolStats['name'], pool: pg.Pool, max: number): PoolStats {
  return { name, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max };
}

export class StatementCounter {
  count = 0;
  /** Statement texts since the last reset; only filled with tracking `capture`. */
  readonly log: string[] = [];
  constructor(readonly tracking: StatementTracking) {}
  record(query: string) {
    this.count += 1;
    if (this.tracking === 'capture') this.log.push(query);
  }
  reset() {
    this.count = 0;
    this.log.length = 0;
  }
}

function instrumented(adapter: SqlDriverAdapterFactory, counter: StatementCounter): PrismaClient {
  // Without tracking, Prisma emits no query events at all: nothing is built or kept per statement.
  if (counter.tracking === 'off') return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ level: 'query', emit: 'event' }] as const });
  prisma.$on('query', (event) => counter.record(event.query));
  return prisma as unknown as PrismaClient;
}

/**
 * A second Prisma client over its own pg pool to a read replica. A plain client rather than
 * @prisma/extension-read-replicas: the extension sends every read of the extended client to the replicas unless the
 * caller asks for `$primary()`, which would break reading one's own writes everywhere; here only the pages that
 * tolerate lag opt in, through `db.replica`. Its statements count with the primary's.
 */
function openReplica(options: ReadReplicaOptions, statements: StatementCounter, timeouts: PoolTimeouts) {
  const { pool, prisma } = openPool(options.url, options.poolSize, timeouts, statements, 'read-replica');
  return {
    prisma,
    stats: () => poolStats('replica', pool, options.poolSize),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * A pg pool and the Prisma client over it, for the primary or a replica. PostgreSQL's JIT compiler is for long
 * analytical queries: on the API's page queries (relation joins whose cost estimates pass jit_above_cost) it spent
 * 60–80 ms compiling a query that runs in 20 ms, so it is off for our sessions. A query waiting for a connection fails
 * after connectTimeoutMs (DATABASE_CONNECT_TIMEOUT_SECONDS) rather than hang while the server is unreachable; the API
 * answers it with DATABASE_UNAVAILABLE (api/http/database-unavailable.ts).
 */
function openPool(url: string, max: number, timeouts: PoolTimeouts, statements: StatementCounter, name: string) {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    options: '-c jit=off',
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    idleTimeoutMillis: timeouts.idleTimeoutMs,
  });
  // An idle connection the server closes (restart, failover, DROP DATABASE … FORCE) emits an
  // error on the pool; without a listener it would crash the process. The pool replaces it.
  pool.on('error', (error) => rootLogger().warn({ err: error }, `idle ${name} connection lost`));
  const prisma = instrumented(new PrismaPg(pool, { statementNameGenerator: statementNames() }), statements);
  return { pool, prisma };
}

/** The subscriptions of one database, ended when it closes. */
function listeners() {
  const open = new Set<Unlisten>();
  return {
    add(unlisten: Unlisten): Unlisten {
      const once: Unlisten = async () => {
        if (open.delete(once)) await unlisten();
      };
      open.add(once);
      return once;
    },
    stop: () => Promise.all([...open].map((unlisten) => unlisten())),
  };
}

/**
 * Opens the database: PostgreSQL through a pg pool when a URL is given, otherwise an embedded
 * PGlite in `dataDir` (held with a lock file) or in memory when `dataDir` is null.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const statements = new StatementCounter(options.statements ?? 'off');
  const listening = listeners();
  if (options.kind === 'postgres') {
    const timeouts: PoolTimeouts = {
      connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
      idleTimeoutMs: options.idleTimeoutMs ?? 300_000,
    };
    const { pool, prisma } = openPool(options.url, options.poolSize, timeouts, statements, 'database');
    const replica = options.replica ? openReplica(options.replica, statements, timeouts) : null;
    return {
      kind: 'postgres',
      prisma,
      replica: replica?.prisma ?? prisma,
      sql: postgresRunner(pool),
      statements,
      listen: async (channel, handlers) => listening.add(listenPostgres(options.url, channel, handlers)),
      jobBackend: { kind: 'postgres', url: options.url },
      pools: () => [poolStats('primary', pool, options.poolSize), ...(replica ? [replica.stats()] : [])],
      async close() {
        await listening.stop();
        await prisma.$disconnect();
        await pool.end();
        await replica?.close();
      },
    };
  }
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const pglite = options.dataDir
      ? await PGlite.create(options.dataDir)
      : await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
    const prisma = instrumented(new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory, statements);
    return {
      kind: 'pglite',
      prisma,
      replica: prisma,
      sql: pgliteRunner(pglite),
      statements,
      listen: async (channel, handlers) => listening.add(await listenPglite(pglite, channel, handlers)),
      jobBackend: { kind: 'pglite', pglite },
      pools: () => [],
      async close() {
        await listening.stop();
        await prisma.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
