import path from 'node:path';
import { z } from 'zod';
import type { SubjectKind } from './auth/issuers.js';
import { SUBJECT } from './auth/jwt.js';
import { DEFAULT_MAX_JSON_BYTES } from './http/body-limits.js';
import type { BrowserSecurity } from './http/browser-security.js';
import { PERSISTED_DOCUMENT_MODES, type PersistedDocumentsMode } from './http/persisted-documents.js';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './http/rate-limit-store.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './http/request-limits.js';
import { LOCALES, type Locale } from './i18n/messages.js';
import type { MetricsSettings, TracingSettings } from './observability/settings.js';
import type { S3StorageSettings } from './storage/s3.js';

/** Thrown when the environment does not describe a runnable configuration. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const postgresUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: 'must be a postgres:// or postgresql:// connection URL',
  });

const httpUrl = z
  .string({ message: 'must be an http:// or https:// URL' })
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: 'must be an http:// or https:// URL',
  });

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const limit = (min: number, max: number) =>
  z.coerce
    .number()
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

/** How long a cache keeps its entries: 0 (not at all) to an hour. */
const cacheSeconds = () => {
  const message = 'must be a whole number of seconds from 0 to 3600';
  return z.coerce.number().int(message).min(0, message).max(3600, message);
};

/** The development key's issuer when AUTH_ISSUER names an identity provider (or is unset). */
export const DEVELOPMENT_ISSUER = 'tisheng-dev';

/** One entry of AUTH_PROVIDERS: an identity provider whose tokens name users by a linked UserIdentity. */
const providerSchema = z.strictObject(
  {
    issuer: z
      .string({ message: 'must be 1 to 255 printable characters (the provider’s "iss")' })
      .regex(SUBJECT, 'must be 1 to 255 printable characters (the provider’s "iss")'),
    jwksUrl: httpUrl,
    audience: z.string({ message: 'must be a string' }).min(1, 'must not be empty').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown ${issue.keys.map((key) => `"${key}"`).join(', ')}: the keys are "issuer", "jwksUrl" and "audience"`
        : 'must be an object {"issuer", "jwksUrl", "audience"?}',
  },
);

const providersSchema = z
  .string()
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON array of {"issuer", "jwksUrl", "audience"?}' });
      return z.NEVER;
    }
  })
  .pipe(z.array(providerSchema, { message: 'must be a JSON array of {"issuer", "jwksUrl", "audience"?}' }));

const SUPPORTED_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

/** Every variable the API reads; the README's configuration table mirrors this. */
const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'must be development, production or test' })
    .default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int()
    .min(0)
    .max(65535, 'must be a port number (0–65535)')
    .default(4000),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int('must be a whole number from 1 to 200')
    .min(1, 'must be a whole number from 1 to 200')
    .max(200, 'must be a whole number from 1 to 200')
    .default(10),
  DATABASE_CONNECT_TIMEOUT_SECONDS: limit(1, 300).default(5),
  DATABASE_POOL_IDLE_SECONDS: limit(0, 86_400).default(300),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z
    .string()
    .refine((value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol), {
      message: 'must be a redis:// or rediss:// connection URL',
    })
    .optional(),
  SEED_DEMO_DATA: flag.optional(),
  AUTH_JWKS_URL: httpUrl.optional(),
  AUTH_ISSUER: z.string().regex(SUBJECT, 'must be 1 to 255 printable characters').optional(),
  AUTH_PROVIDERS: providersSchema.optional(),
  AUTH_AUDIENCE: z.string().min(1).default('tisheng-api'),
  AUTH_ALGORITHMS: z
    .string()
    .default('ES256,RS256')
    .transform((value) =>
      value
        .split(',')
        .map((alg) => alg.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.enum(SUPPORTED_ALGORITHMS, { message: `each must be one of ${SUPPORTED_ALGORITHMS.join(', ')}` }))
        .min(1),
    ),
  GRAPHIQL: flag.optional(),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { message: 'must be debug, info, warn or error' })
    .default('info'),
  NATIONAL_ID_KEY: z.string().min(32, 'must be at least 32 characters (a random secret)').optional(),
  FILE_STORAGE_DIR: z.string().min(1).optional(),
  FILE_LINK_SECRET: z.string().min(32, 'must be at least 32 characters (a random secret)').optional(),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .refine(
            (origin) => origin === 'localhost' || /^https?:\/\/[^/\s*]+$/.test(origin),
            'each must be an origin such as https://portal.example.cn (no path, no wildcard) or "localhost"',
          ),
      ),
    )
    .optional(),
  INTROSPECTION: z.enum(['on', 'authenticated', 'off'], { message: 'must be on, authenticated or off' }).optional(),
  DEFAULT_LOCALE: z.enum(LOCALES, { message: `must be ${LOCALES.join(' or ')}` }).default('zh-CN'),
  VIEWER_CACHE_SECONDS: cacheSeconds().default(30),
  TOKEN_CACHE_SECONDS: cacheSeconds().default(60),
  MAX_QUERY_TOKENS: limit(100, 100_000).default(DEFAULT_REQUEST_LIMITS.maxTokens),
  MAX_QUERY_ALIASES: limit(0, 1000).default(DEFAULT_REQUEST_LIMITS.maxAliases),
  MAX_QUERY_DEPTH: limit(2, 100).default(DEFAULT_REQUEST_LIMITS.maxDepth),
  MAX_QUERY_DIRECTIVES: limit(0, 1000).default(DEFAULT_REQUEST_LIMITS.maxDirectives),
  MAX_QUERY_COST: limit(10, 10_000_000).default(DEFAULT_REQUEST_LIMITS.maxCost),
  MAX_JSON_BODY_BYTES: limit(1024, 64 * 1024 * 1024).default(DEFAULT_MAX_JSON_BYTES),
  CREDENTIAL_KEY_SECRET: z.string().min(32, 'must be at least 32 characters (a random secret)').optional(),
  PUBLIC_BASE_URL: httpUrl
    .refine((value) => !URL.canParse(value) || (!new URL(value).search && !new URL(value).hash), {
      message: 'must be an http:// or https:// URL without query or fragment',
    })
    .optional(),
  CREDENTIAL_ISSUER_NAME: z.string().trim().min(1).max(200).optional(),
  SYNC_ASSERTION_MAX_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  WEBHOOK_BACKOFF_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  WEBHOOK_ALLOW_PRIVATE_URLS: flag.optional(),
  EXPORT_KEEP_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** Whether this instance runs the job workers (webhook delivery, exports); the queue itself always starts. */
  JOB_WORKERS: flag.optional(),
  // ── rate limits (api/http/rate-limit.ts) ──
  RATE_LIMIT_WINDOW_SECONDS: limit(1, 86_400).default(DEFAULT_RATE_LIMITS.windowSeconds),
  RATE_LIMIT_USER_POINTS: limit(0, 1_000_000_000).default(DEFAULT_RATE_LIMITS.points.user),
  RATE_LIMIT_CLIENT_POINTS: limit(0, 1_000_000_000).default(DEFAULT_RATE_LIMITS.points.client),
  RATE_LIMIT_ANONYMOUS_POINTS: limit(0, 1_000_000_000).default(DEFAULT_RATE_LIMITS.points.anonymous),
  RATE_LIMIT_TRUSTED_PROXIES: limit(0, 10).default(DEFAULT_RATE_LIMITS.trustedProxies),
  // ── observability (api/observability) ──
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters (a random secret)').optional(),
  METRICS_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a port number (0–65535)')
    .min(0, 'must be a port number (0–65535)')
    .max(65535, 'must be a port number (0–65535)')
    .optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(200).default('tisheng'),
  TRACE_RESOLVER_MIN_MS: limit(0, 60_000).default(10),
  // ── object storage and persisted documents (api/storage/s3.ts, api/http/persisted-documents.ts) ──
  S3_BUCKET: z.string().trim().min(3, 'must be a bucket name').max(63, 'must be a bucket name').optional(),
  S3_ENDPOINT: httpUrl.optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: flag.optional(),
  S3_PART_SIZE_MB: limit(5, 5120).default(8),
  S3_UPLOAD_QUEUE: limit(1, 32).default(4),
  PERSISTED_DOCUMENTS: z.enum(PERSISTED_DOCUMENT_MODES, { message: 'must be off, allow or only' }).default('allow'),
  // ── read replica (api/db) ──
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_READ_POOL_SIZE: z.coerce
    .number()
    .int('must be a whole number from 1 to 200')
    .min(1, 'must be a whole number from 1 to 200')
    .max(200, 'must be a whole number from 1 to 200')
    .default(10),
});

/** Key for national ID hashes outside production; production requires NATIONAL_ID_KEY. */
export const DEVELOPMENT_NATIONAL_ID_KEY = 'tisheng-development-national-id-key-not-secret';

/**
 * Key encrypting the certificate issuer's private keys at rest outside production; production requires
 * CREDENTIAL_KEY_SECRET (changing it makes the stored issuer keys unreadable: rotate first).
 */
export const DEVELOPMENT_CREDENTIAL_KEY_SECRET = 'tisheng-development-credential-key-secret-not-secret';

/** The certificate issuer's name when CREDENTIAL_ISSUER_NAME is not set. */
export const DEFAULT_CREDENTIAL_ISSUER_NAME = '信息技术应用能力提升工程 2.0 (Tisheng)';

export type Environment = z.infer<typeof environmentSchema>;

/** An issuer whose tokens the API accepts. */
export interface IssuerConfig {
  /** The tokens' `iss`. */
  issuer: string;
  audience: string;
  algorithms: string[];
  /** An identity provider's key set (JWKS), or the local development key kept in DATA_DIR. */
  keys: { kind: 'jwks'; url: URL } | { kind: 'development' };
  /** What the tokens' `sub` names: a login (the development key) or a linked UserIdentity (identity providers). */
  subjects: SubjectKind;
}

export interface Config {
  env: Environment['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Environment['LOG_LEVEL'];
  graphiql: boolean;
  /**
   * On PostgreSQL, `connectTimeoutMs`: how long a request waits for a connection (DATABASE_CONNECT_TIMEOUT_SECONDS);
   * `idleTimeoutMs`: how long an unused pooled connection stays open (DATABASE_POOL_IDLE_SECONDS; 0: until it fails).
   */
  database:
    | { kind: 'postgres'; url: string; poolSize: number; connectTimeoutMs: number; idleTimeoutMs: number }
    | { kind: 'pglite'; dataDir: string };
  /** Redis carrying live events between API instances (REDIS_URL); undefined: events stay in this process. */
  redisUrl: string | undefined;
  /** Seed the demo district, people and programmes into a database without organisations (SEED_DEMO_DATA). */
  seedDemoData: boolean;
  dataDir: string;
  auth: {
    /**
     * The issuers whose tokens are accepted: the identity providers (AUTH_JWKS_URL with AUTH_ISSUER, AUTH_PROVIDERS),
     * then, outside production, the development key.
     */
    issuers: IssuerConfig[];
    /** The API's audience (AUTH_AUDIENCE): the `aud` sync clients put in their self-signed tokens. */
    audience: string;
  };
  /** HMAC-SHA256 key for national ID number hashes; changing it orphans every stored hash. */
  nationalIdKey: string;
  /** Limits on each GraphQL request. */
  limits: RequestLimits;
  /** Largest JSON request body, in bytes. */
  maxJsonBytes: number;
  /** CORS allow-list, introspection policy, field suggestions. */
  security: BrowserSecurity;
  /** Language of messages for requests whose Accept-Language names none of ours. */
  defaultLocale: Locale;
  /** How long a token subject's user and roles are kept (invalidated on any change to them); 0 for never. */
  viewerCacheSeconds: number;
  /** How long a trusted issuer's verified token is not verified again (never past its exp); 0 for never. */
  tokenCacheSeconds: number;
  files: {
    /** Folder holding uploaded files' bytes (default `<DATA_DIR>/files`). */
    storageDir: string;
    /** Secret signing download links; without it (outside production) one is kept in `<DATA_DIR>/file-link-secret`. */
    linkSecret: string | undefined;
  };
  /** Certificates (Open Badges 3.0 credentials): see api/certificates. */
  certificates: {
    /** Secret the issuer keys' private halves are encrypted with (CREDENTIAL_KEY_SECRET). */
    keySecret: string;
    /**
     * The API's public address (PUBLIC_BASE_URL, no trailing slash): the issuer's id and every verification, status
     * list and key set URL start with it. Outside production `http://localhost:<PORT>` when unset.
     */
    baseUrl: string;
    /** The issuer's name in every credential (CREDENTIAL_ISSUER_NAME). */
    issuerName: string;
  };
  /** Provincial integration: sync clients, idempotency, webhooks, exports (api/integration/settings.ts). */
  integration: {
    /** Longest lifetime (exp − iat) of a sync client's self-signed token, in seconds (SYNC_ASSERTION_MAX_SECONDS). */
    assertionMaxSeconds: number;
    /** How long an idempotency key and its stored result are kept, in hours (IDEMPOTENCY_TTL_HOURS). */
    idempotencyTtlHours: number;
    /** Attempts of a webhook delivery before it goes to the dead-letter list (WEBHOOK_MAX_ATTEMPTS). */
    webhookMaxAttempts: number;
    /** Delay before the first retry, in seconds; doubled at each further retry (WEBHOOK_BACKOFF_SECONDS). */
    webhookBackoffSeconds: number;
    /** How long a receiver may take to answer, in seconds (WEBHOOK_TIMEOUT_SECONDS). */
    webhookTimeoutSeconds: number;
    /**
     * Whether webhook URLs may name loopback, private or link-local addresses and plain http (WEBHOOK_ALLOW_PRIVATE_URLS;
     * off in production: a subscription must not reach the API's own network).
     */
    webhookAllowPrivateUrls: boolean;
    /** How long a finished export's file is kept, in hours (EXPORT_KEEP_HOURS). */
    exportKeepHours: number;
    /** Secret webhook signing secrets are sealed with at rest (CREDENTIAL_KEY_SECRET). */
    secretKey: string;
  };
  /** Whether this instance runs the job workers (JOB_WORKERS, default on). */
  jobWorkers: boolean;
  // ── rate limits ──
  /** Query-cost budgets per window of people, sync clients and anonymous callers (0: unlimited); see RateLimitSettings. */
  rateLimits: RateLimitSettings;
  // ── observability ──
  /**
   * Where /metrics is served (METRICS_TOKEN, METRICS_PORT, METRICS_HOST): on its own listener with METRICS_PORT; on the
   * API port behind the bearer token with METRICS_TOKEN alone; open on the API port outside production without either;
   * nowhere in production without either.
   */
  metrics: MetricsSettings;
  /** OpenTelemetry traces over OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, TRACE_RESOLVER_MIN_MS); null: off. */
  tracing: TracingSettings | null;
  // ── object storage and persisted documents ──
  /** The S3-compatible bucket uploaded files go to (S3_BUCKET and the other S3_* variables); null: local disk. */
  objectStorage: S3StorageSettings | null;
  /** Trusted documents (PERSISTED_DOCUMENTS): off, allow (by hash or as text) or only (people send only hashes). */
  persistedDocuments: PersistedDocumentsMode;
  // ── read replica ──
  /**
   * A streaming replica of DATABASE_URL for the read-only pages that tolerate lag (DATABASE_READ_URL, its pool
   * DATABASE_READ_POOL_SIZE); null: they read from the primary.
   */
  readReplica: { url: string; poolSize: number } | null;
}

/** Reads and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankless);
  if (!parsed.success) {
    // A failed parse has at least one issue; name the variable of the first.
    const [issue] = parsed.error.issues;
    const [variable, ...within] = issue?.path ?? [];
    // Inside a JSON variable, say where: "AUTH_PROVIDERS: [1].jwksUrl: …".
    const where = (variable === 'AUTH_PROVIDERS' ? within : [])
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('');
    const reason = issue?.message ?? parsed.error.message;
    throw new ConfigError(String(variable ?? 'environment'), where ? `${where.replace(/^\./, '')}: ${reason}` : reason);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  // Without AUTH_JWKS_URL, AUTH_ISSUER names the development key's issuer.
  const developmentIssuer = env.AUTH_JWKS_URL ? DEVELOPMENT_ISSUER : (env.AUTH_ISSUER ?? DEVELOPMENT_ISSUER);
  const providers = providersOf(env, developmentIssuer);
  if (production && !providers.length) {
    throw new ConfigError(
      'AUTH_JWKS_URL',
      'is required in production unless AUTH_PROVIDERS lists identity providers (the local development key set is refused)',
    );
  }
  if (production && !env.NATIONAL_ID_KEY) {
    throw new ConfigError('NATIONAL_ID_KEY', 'is required in production (the development key is refused)');
  }
  if (production && !env.FILE_LINK_SECRET) {
    throw new ConfigError('FILE_LINK_SECRET', 'is required in production (a random secret of at least 32 characters)');
  }
  if (production && !env.CREDENTIAL_KEY_SECRET) {
    throw new ConfigError(
      'CREDENTIAL_KEY_SECRET',
      'is required in production (a random secret of at least 32 characters; the development key is refused)',
    );
  }
  if (production && !env.PUBLIC_BASE_URL) {
    throw new ConfigError(
      'PUBLIC_BASE_URL',
      'is required in production (the API’s public https:// address: certificates name their issuer and verification URLs with it)',
    );
  }
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    graphiql: env.GRAPHIQL ?? !production,
    dataDir,
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
          idleTimeoutMs: env.DATABASE_POOL_IDLE_SECONDS * 1000,
        }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    redisUrl: env.REDIS_URL,
    seedDemoData: env.SEED_DEMO_DATA ?? !env.DATABASE_URL,
    auth: {
      audience: env.AUTH_AUDIENCE,
      issuers: production
        ? providers
        : [
            ...providers,
            {
              issuer: developmentIssuer,
              audience: env.AUTH_AUDIENCE,
              algorithms: env.AUTH_ALGORITHMS,
              keys: { kind: 'development' },
              subjects: 'login',
            },
          ],
    },
    nationalIdKey: env.NATIONAL_ID_KEY ?? DEVELOPMENT_NATIONAL_ID_KEY,
    limits: {
      maxTokens: env.MAX_QUERY_TOKENS,
      maxAliases: env.MAX_QUERY_ALIASES,
      maxDepth: env.MAX_QUERY_DEPTH,
      maxDirectives: env.MAX_QUERY_DIRECTIVES,
      maxCost: env.MAX_QUERY_COST,
    },
    maxJsonBytes: env.MAX_JSON_BODY_BYTES,
    defaultLocale: env.DEFAULT_LOCALE,
    viewerCacheSeconds: env.VIEWER_CACHE_SECONDS,
    tokenCacheSeconds: env.TOKEN_CACHE_SECONDS,
    security: {
      corsOrigins: env.CORS_ORIGINS ?? (production ? [] : ['localhost']),
      introspection: env.INTROSPECTION ?? (production ? 'authenticated' : 'on'),
      hideSuggestions: production,
    },
    files: {
      storageDir: path.resolve(env.FILE_STORAGE_DIR ?? path.join(dataDir, 'files')),
      linkSecret: env.FILE_LINK_SECRET,
    },
    certificates: {
      keySecret: env.CREDENTIAL_KEY_SECRET ?? DEVELOPMENT_CREDENTIAL_KEY_SECRET,
      baseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
      issuerName: env.CREDENTIAL_ISSUER_NAME ?? DEFAULT_CREDENTIAL_ISSUER_NAME,
    },
    integration: {
      assertionMaxSeconds: env.SYNC_ASSERTION_MAX_SECONDS,
      idempotencyTtlHours: env.IDEMPOTENCY_TTL_HOURS,
      webhookMaxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      webhookBackoffSeconds: env.WEBHOOK_BACKOFF_SECONDS,
      webhookTimeoutSeconds: env.WEBHOOK_TIMEOUT_SECONDS,
      webhookAllowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS ?? !production,
      exportKeepHours: env.EXPORT_KEEP_HOURS,
      secretKey: env.CREDENTIAL_KEY_SECRET ?? DEVELOPMENT_CREDENTIAL_KEY_SECRET,
    },
    jobWorkers: env.JOB_WORKERS ?? true,
    // ── rate limits ──
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      points: {
        user: env.RATE_LIMIT_USER_POINTS,
        client: env.RATE_LIMIT_CLIENT_POINTS,
        anonymous: env.RATE_LIMIT_ANONYMOUS_POINTS,
      },
      trustedProxies: env.RATE_LIMIT_TRUSTED_PROXIES,
    },
    // ── observability ──
    metrics: {
      api: env.METRICS_PORT !== undefined ? 'off' : env.METRICS_TOKEN ? 'token' : production ? 'off' : 'open',
      token: env.METRICS_TOKEN ?? null,
      listener: env.METRICS_PORT !== undefined ? { host: env.METRICS_HOST, port: env.METRICS_PORT } : null,
    },
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? {
          endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
          serviceName: env.OTEL_SERVICE_NAME,
          resolverMinMs: env.TRACE_RESOLVER_MIN_MS,
        }
      : null,
    // ── object storage and persisted documents ──
    objectStorage: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          credentials: (() => {
            const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
            if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey };
            if (!accessKeyId && !secretAccessKey) return undefined;
            throw new ConfigError(
              accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
              'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither: the AWS SDK’s default credentials)',
            );
          })(),
          forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
          partSizeBytes: env.S3_PART_SIZE_MB * 1024 * 1024,
          queueSize: env.S3_UPLOAD_QUEUE,
        }
      : null,
    persistedDocuments: env.PERSISTED_DOCUMENTS,
    // ── read replica ──
    readReplica: (() => {
      if (!env.DATABASE_READ_URL) return null;
      if (!env.DATABASE_URL) throw new ConfigError('DATABASE_READ_URL', 'needs DATABASE_URL (a replica of PostgreSQL)');
      return { url: env.DATABASE_READ_URL, poolSize: env.DATABASE_READ_POOL_SIZE };
    })(),
  };
}

/**
 * The identity providers: AUTH_JWKS_URL with AUTH_ISSUER (one provider), then AUTH_PROVIDERS. Each issuer is listed
 * once, and none is the development key's (`developmentIssuer`).
 */
function providersOf(env: Environment, developmentIssuer: string): IssuerConfig[] {
  if (env.AUTH_JWKS_URL && !env.AUTH_ISSUER) {
    throw new ConfigError('AUTH_ISSUER', 'is required with AUTH_JWKS_URL (the identity provider’s "iss")');
  }
  const listed = [
    ...(env.AUTH_JWKS_URL && env.AUTH_ISSUER
      ? [{ variable: 'AUTH_ISSUER', issuer: env.AUTH_ISSUER, jwksUrl: env.AUTH_JWKS_URL, audience: undefined }]
      : []),
    ...(env.AUTH_PROVIDERS ?? []).map((provider) => ({ variable: 'AUTH_PROVIDERS', ...provider })),
  ];
  const seen = new Set<string>();
  for (const { variable, issuer } of listed) {
    if (seen.has(issuer)) throw new ConfigError(variable, `issuer "${issuer}" is listed twice`);
    if (issuer === developmentIssuer && env.NODE_ENV !== 'production') {
      throw new ConfigError(variable, `issuer "${issuer}" is the development key’s issuer`);
    }
    seen.add(issuer);
  }
  return listed.map(({ issuer, jwksUrl, audience }) => ({
    issuer,
    audience: audience ?? env.AUTH_AUDIENCE,
    algorithms: env.AUTH_ALGORITHMS,
    keys: { kind: 'jwks', url: new URL(jwksUrl) },
    subjects: 'identity',
  }));
}

/** The development key's issuer, or undefined where it is not trusted (production). */
export function developmentKeyIssuer(config: Config): IssuerConfig | undefined {
  return config.auth.issuers.find((issuer) => issuer.keys.kind === 'development');
}
