import { useEngine } from '@envelop/core';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { execute } from 'graphql';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { JWTVerifyGetKey } from 'jose';
import { schema } from '../../schema/index.js';
import { useSyncClientGate } from '../../schema/shared/authz/client-gate.js';
import type { TrustedIssuer } from '../auth/issuers.js';
import type { TokenPolicy } from '../auth/jwt.js';
import { SyncClientKeyStore } from '../auth/sync-clients.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import { useCertificateRoutes } from '../certificates/routes.js';
import {
  type CertificateSettings,
  DEVELOPMENT_CERTIFICATE_SETTINGS,
  useCertificateSettings,
} from '../certificates/settings.js';
import { DEVELOPMENT_NATIONAL_ID_KEY } from '../config.js';
import { createAuthenticator, createContextFactory } from '../context.js';
import type { Database } from '../db/client.js';
import { migrationStatus } from '../db/migrator.js';
import { type EventBus, memoryEventBus } from '../events/index.js';
import { useExportDownloads } from '../exports/routes.js';
import { DEFAULT_MAX_JSON_BYTES, MAX_REQUEST_BYTES, useJsonBodyLimit } from '../http/body-limits.js';
import { type BrowserSecurity, browserSecurityPlugins, corsFrom } from '../http/browser-security.js';
import { maskDatabaseUnavailable } from '../http/database-unavailable.js';
import {
  type PersistedDocumentStore,
  type PersistedDocumentsMode,
  persistedDocumentPlugins,
  SDK_PERSISTED_DOCUMENTS,
} from '../http/persisted-documents.js';
import { type RateLimiter, useRateLimit } from '../http/rate-limit.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits, requestLimitPlugins } from '../http/request-limits.js';
import { Utf8Response } from '../http/utf8-response.js';
import { useLocalizedErrors } from '../i18n/localized-errors.js';
import type { Locale } from '../i18n/messages.js';
import { DEVELOPMENT_INTEGRATION_SETTINGS, type IntegrationSettings } from '../integration/settings.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { useRequestLog } from '../observability/request-log.js';
import type { Tracing } from '../observability/tracing.js';
import { useStandardsRoutes } from '../standards/routes.js';
import { useFileDownloads } from '../storage/download-route.js';
import type { FileServices } from '../storage/file-storage.js';
import { type GraphiQLSignIn, graphiqlOptions } from './graphiql.js';

export interface AppOptions {
  db: Database;
  /** With `policy`: one trusted issuer whose tokens name users by login (the development key), besides `issuers`. */
  keys?: JWTVerifyGetKey;
  policy?: TokenPolicy;
  /** The issuers whose tokens are accepted (identity providers, the development key); see TrustedIssuer. */
  issuers?: readonly TrustedIssuer[];
  graphiql: boolean;
  /**
   * Development only: signs a token for GraphiQL's `?as=<login>` (null when no active user has the login). Without it
   * the parameter does nothing.
   */
  graphiqlSignIn?: GraphiQLSignIn;
  /** Yoga's own log level (requests, masked errors); false for none. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** HMAC key for national ID number hashes (config NATIONAL_ID_KEY); the development key when absent. */
  nationalIdKey?: string;
  /** Storage of uploaded files and the secret signing their download links. */
  files: FileServices;
  /** Limits on each GraphQL request (tokens, aliases, depth, directives, cost); the defaults when absent. */
  limits?: RequestLimits;
  /** Largest JSON request body, in bytes. */
  maxJsonBytes?: number;
  /** CORS allow-list, introspection policy, field suggestions; development defaults when absent. */
  security?: BrowserSecurity;
  /** Language of requests whose Accept-Language names none of ours (zh-CN, en); zh-CN when absent. */
  defaultLocale?: Locale;
  /** Viewers kept between requests (see ViewerCache); none when absent. */
  viewers?: ViewerCache | null;
  /** Seconds a trusted issuer's verified token is not verified again (TOKEN_CACHE_SECONDS); 0, the default: never. */
  tokenCacheSeconds?: number;
  /** The event bus of subscriptions (see api/events); one in this process when absent. */
  events?: EventBus;
  /** Certificates: the public base URL, the issuer's name, the secret sealing issuer keys; development ones when absent. */
  certificates?: CertificateSettings;
  /** The durable job queue (started with the API: api/jobs); none when absent (operations needing it say so). */
  jobs?: JobQueue | null;
  /** Provincial integration settings; development ones when absent. */
  integration?: IntegrationSettings;
  /**
   * The `aud` of this API's tokens (AUTH_AUDIENCE): sync clients' assertions must name it. `policy.audience`, else
   * 'tisheng-api', when absent.
   */
  audience?: string;
  /**
   * Registered sync clients' keys (api/auth/sync-clients.ts): `SyncClientKeyStore.listening(db)` caches them until a
   * change is notified; when absent, a store that reads them on every request.
   */
  syncClientKeys?: SyncClientKeyStore | null;
  // ── rate limits ──
  /**
   * Query-cost budgets per principal (api/http/rate-limit.ts; main.ts always passes the configured one); none when
   * absent: no budget is spent, `rateLimit` is null.
   */
  rateLimiter?: RateLimiter | null;
  // ── observability ──
  /**
   * Structured logs (api/observability/logger.ts): one line per request (api/observability/request-log.ts) and Yoga's
   * own log (it replaces `logging`); none when absent.
   */
  logger?: Logger | null;
  /** Prometheus metrics (api/observability/metrics.ts), /metrics as their settings say; none when absent. */
  metrics?: Metrics | null;
  /** OpenTelemetry operation and resolver spans (api/observability/tracing.ts); none when absent. */
  tracing?: Tracing | null;
  // ── object storage and persisted documents ──
  /**
   * Trusted documents (api/http/persisted-documents.ts): off, allow (the SDK's operations by id, or any text) or only
   * (people and anonymous callers send ids only; sync clients may send texts). 'allow' when absent.
   */
  persistedDocuments?: PersistedDocumentsMode;
  /** The trusted documents by id; the manifest committed with the SDK when absent. */
  persistedDocumentStore?: PersistedDocumentStore;
}

/** Development defaults: localhost pages may call the API, introspection is open, suggestions shown. */
export const DEVELOPMENT_SECURITY: BrowserSecurity = {
  corsOrigins: ['localhost'],
  introspection: 'on',
  hideSuggestions: false,
};

/**
 * The HTTP application: /graphql, /healthz (process up), /readyz (database and migrations),
 * /files/<token> (signed download links), and the certificates' key set, status lists, verification and printable
 * views (/.well-known/jwks.json, /credentials/…: api/certificates/routes.ts).
 */
export function createApp({
  db,
  keys,
  policy,
  issuers = [],
  graphiql,
  graphiqlSignIn,
  logging = false,
  nationalIdKey = DEVELOPMENT_NATIONAL_ID_KEY,
  files,
  limits = DEFAULT_REQUEST_LIMITS,
  maxJsonBytes = DEFAULT_MAX_JSON_BYTES,
  security = DEVELOPMENT_SECURITY,
  defaultLocale = 'zh-CN',
  viewers = null,
  tokenCacheSeconds = 0,
  events = memoryEventBus(),
  certificates = DEVELOPMENT_CERTIFICATE_SETTINGS,
  jobs = null,
  integration = DEVELOPMENT_INTEGRATION_SETTINGS,
  audience = policy?.audience ?? 'tisheng-api',
  syncClientKeys = null,
  // ── rate limits ──
  rateLimiter = null,
  // ── observability ──
  logger = null,
  metrics = null,
  tracing = null,
  // ── object storage and persisted documents ──
  persistedDocuments = 'allow',
  persistedDocumentStore = SDK_PERSISTED_DOCUMENTS,
}: AppOptions) {
  useCertificateSettings(db, certificates);
  const authenticate = createAuthenticator(
    [...(keys && policy ? [{ policy, keys, subjects: 'login' as const }] : []), ...issuers],
    {
      store: syncClientKeys ?? new SyncClientKeyStore(db),
      audience,
      maxLifetimeSeconds: integration.assertionMaxSeconds,
    },
    tokenCacheSeconds,
  );
  return createYoga({
    schema,
    context: createContextFactory({
      db,
      authenticate,
      files,
      events,
      keys: { nationalId: nationalIdKey },
      defaultLocale,
      viewers,
      jobs,
      integration,
      audience,
    }),
    maxRequestBodySize: MAX_REQUEST_BYTES,
    // Responses carry their JSON as UTF-8 bytes, encoded once (api/http/utf8-response.ts).
    fetchAPI: { Response: Utf8Response },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    logging: logger ?? logging,
    graphiql: graphiql && graphiqlOptions(graphiqlSignIn),
    renderGraphiQL,
    cors: corsFrom(security.corsOrigins),
    // Unexpected errors are masked, and the original error (stack, SQL, file paths) is never sent, whatever NODE_ENV says.
    // An unreachable database is answered 503 DATABASE_UNAVAILABLE (api/http/database-unavailable.ts), not masked.
    maskedErrors: { isDev: false, maskError: maskDatabaseUnavailable },
    plugins: [
      // graphql-js's executor: the operations here use neither @defer nor @stream, and it does less per field
      // than Yoga's default (@graphql-tools/executor).
      useEngine({ execute }),
      // ── observability ──
      ...(logger ? [useRequestLog(logger, authenticate)] : []),
      ...(metrics?.plugins() ?? []),
      ...(tracing?.plugins() ?? []),
      // ── object storage and persisted documents ──
      ...persistedDocumentPlugins(persistedDocuments, authenticate, persistedDocumentStore),
      // ── rate limits ──
      ...(rateLimiter ? [useRateLimit(rateLimiter, authenticate)] : []),
      useLocalizedErrors(defaultLocale),
      useSyncClientGate(),
      useJsonBodyLimit(maxJsonBytes),
      ...browserSecurityPlugins(security, async (request) => (await authenticate(request)) !== null),
      ...requestLimitPlugins(limits),
      useFileDownloads({ db, files }),
      useCertificateRoutes({ db, settings: certificates }),
      useStandardsRoutes({ db, authenticate, viewers, baseUrl: certificates.baseUrl }),
      useExportDownloads({ db, files }),
      useReadinessCheck({
        endpoint: '/readyz',
        check: async () => {
          const status = await migrationStatus(db.sql).catch(() => null);
          if (!status)
            return new Response(JSON.stringify({ ready: false, reason: 'database unreachable' }), {
              status: 503,
              headers: { 'content-type': 'application/json' },
            });
          if (status.pending.length) {
            return new Response(
              JSON.stringify({ ready: false, reason: 'migrations pending', pending: status.pending }),
              { status: 503, headers: { 'content-type': 'application/json' } },
            );
          }
          // ── observability ── (the job queue, when this app has one: stopped, or its schema unreachable)
          const queueProblem = jobs ? await jobs.unavailable() : null;
          if (queueProblem) {
            return new Response(JSON.stringify({ ready: false, reason: queueProblem }), {
              status: 503,
              headers: { 'content-type': 'application/json' },
            });
          }
          return new Response(JSON.stringify({ ready: true, migrations: status.applied.length }), {
            headers: { 'content-type': 'application/json' },
          });
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
