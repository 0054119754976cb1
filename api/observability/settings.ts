/**
 * The observability settings the configuration (api/config.ts) builds: where /metrics is served, and where traces go.
 * Kept apart from the modules that use them, which import the database and the job queue.
 */

/** Where and how /metrics is served (METRICS_TOKEN, METRICS_PORT, METRICS_HOST). */
export interface MetricsSettings {
  /** On the API's port: `open` (development without a token), `token` (METRICS_TOKEN), or `off`. */
  api: 'open' | 'token' | 'off';
  /** The bearer token scrapers send (at least 32 characters); null: none asked for. */
  token: string | null;
  /** A listener of its own (METRICS_PORT on METRICS_HOST); null: none. */
  listener: { host: string; port: number } | null;
}

/** Tracing settings (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, TRACE_RESOLVER_MIN_MS). */
export interface TracingSettings {
  /** The OTLP/HTTP base URL (`http://collector:4318`); spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  /** The `service.name` of every span. */
  serviceName: string;
  /** Resolver spans shorter than this many milliseconds are dropped (0 keeps them all). */
  resolverMinMs: number;
}
