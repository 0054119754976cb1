/**
 * Prometheus metrics: Yoga's plugin (@graphql-yoga/plugin-prometheus: operations, phases, errors, HTTP durations) and
 * gauges read at each scrape: the database pools (total, idle, waiting connections), the job queue (jobs per queue
 * and state, and whether it answers), the caches (entries) and Node's process metrics. Each app has a registry of its
 * own (never prom-client's global one), so several apps in one process (tests) do not collide.
 *
 * Where /metrics is served is configuration (api/config.ts): on the API port, open (development) or behind a bearer
 * token (METRICS_TOKEN); on a listener of its own (METRICS_PORT, METRICS_HOST); or nowhere (production without either).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import type { JobQueue } from '../jobs/queue.js';
import type { MetricsSettings } from './settings.js';

export type { MetricsSettings } from './settings.js';

/** The path metrics are served at. */
export const METRICS_PATH = '/metrics';

/** Whether the settings serve metrics anywhere (else nothing is collected). */
export function metricsEnabled(settings: MetricsSettings): boolean {
  return settings.api !== 'off' || settings.listener !== null;
}

/** Something with a number of entries (the viewer cache, the sync client key store). */
export interface SizedCache {
  readonly size: number;
}

/** What the gauges read. */
export interface MetricSources {
  db: Database;
  /** The job queue; none: no queue gauges. */
  jobs?: JobQueue | null;
  /** Caches by name (`viewer`, `sync_client_keys`); a null one is left out. */
  caches?: Record<string, SizedCache | null | undefined>;
}

export interface Metrics {
  readonly registry: Registry;
  /** The Yoga plugins: the Prometheus plugin, and /metrics on the API port when `api` is not `off`. */
  plugins(): Plugin[];
  /** The exposition text (what /metrics answers). */
  text(): Promise<string>;
  /** Serves /metrics on a listener of its own (host, port 0 for a free one), behind the token when there is one. */
  listen(host: string, port: number): Promise<{ url: string; server: Server; close(): Promise<void> }>;
}

/** Whether an Authorization header carries `token` (compared in constant time). */
function authorized(header: string | null | undefined, token: string | null): boolean {
  if (token === null) return true;
  const sent = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!sent) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(token));
}

const UNAUTHORIZED_BODY = JSON.stringify({ error: 'UNAUTHENTICATED', reason: 'metrics need the bearer token' });

/** The gauges read at each scrape, registered in `registry`. */
function registerGauges(registry: Registry, { db, jobs, caches = {} }: MetricSources) {
  const pools = ['total', 'idle', 'waiting', 'max'] as const;
  for (const field of pools) {
    new Gauge({
      name: `tisheng_db_pool_${field}_connections`,
      help: {
        total: 'Connections open in the database pool',
        idle: 'Idle connections in the database pool',
        waiting: 'Queries waiting for a connection of the database pool',
        max: 'Size of the database pool',
      }[field],
      labelNames: ['pool'],
      registers: [registry],
      collect() {
        this.reset();
        for (const pool of db.pools()) this.set({ pool: pool.name }, pool[field]);
      },
    });
  }
  if (jobs) {
    const states = ['queued', 'active', 'deferred', 'failed'] as const;
    let sizes: Promise<Awaited<ReturnType<JobQueue['sizes']>> | null> | null = null;
    // The four queue gauges and `up` share one read per scrape.
    const read = () => {
      sizes ??= jobs.sizes().catch(() => null);
      return sizes;
    };
    new Gauge({
      name: 'tisheng_job_queue_up',
      help: 'Whether the job queue (pg-boss) answers: 1 yes, 0 no',
      registers: [registry],
      async collect() {
        this.set((await read()) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'tisheng_job_queue_jobs',
      help: 'Jobs per queue and state (pg-boss counts, refreshed by its monitor)',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        const current = await read();
        sizes = null;
        for (const queue of current ?? []) {
          for (const state of states) this.set({ queue: queue.name, state }, queue[state]);
        }
      },
    });
  }
  new Gauge({
    name: 'tisheng_cache_entries',
    help: 'Entries in an in-process cache',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [name, cache] of Object.entries(caches)) if (cache) this.set({ cache: name }, cache.size);
    },
  });
}

/** The app's metrics over `sources`, served as `settings` say. */
export function createMetrics(sources: MetricSources, settings: MetricsSettings): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerGauges(registry, sources);
  const text = () => registry.metrics();
  return {
    registry,
    text,
    plugins() {
      const plugins: Plugin[] = [
        usePrometheus({
          registry,
          // Served below (with the token check), not by the plugin.
          endpoint: false,
          // Never the URL as a label: a GET request's query string holds the query and its variables.
          labels: { url: false },
        }) as Plugin,
      ];
      if (settings.api === 'off') return plugins;
      const token = settings.api === 'token' ? settings.token : null;
      plugins.push({
        async onRequest({ url, request, endResponse, fetchAPI }) {
          if (url.pathname !== METRICS_PATH) return;
          if (!authorized(request.headers.get('authorization'), token)) {
            endResponse(
              new fetchAPI.Response(UNAUTHORIZED_BODY, {
                status: 401,
                headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="metrics"' },
              }),
            );
            return;
          }
          endResponse(new fetchAPI.Response(await text(), { headers: { 'content-type': registry.contentType } }));
        },
      });
      return plugins;
    },
    async listen(host, port) {
      const server = createServer((req, res) => {
        const pathname = new URL(req.url ?? '/', 'http://metrics').pathname;
        if (pathname !== METRICS_PATH || req.method !== 'GET') {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'NOT_FOUND' }));
          return;
        }
        if (!authorized(req.headers.authorization, settings.token)) {
          res
            .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="metrics"' })
            .end(UNAUTHORIZED_BODY);
          return;
        }
        text().then(
          (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
          () => res.writeHead(500).end(),
        );
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return {
        url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}${METRICS_PATH}`,
        server,
        close: () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      };
    },
  };
}
