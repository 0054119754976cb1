import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_JSON_BYTES } from './http/body-limits.js';
import type { BrowserSecurity } from './http/browser-security.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './http/request-limits.js';
import { LOCALES, type Locale } from './i18n/messages.js';

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

const httpUrl = z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
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
  DATA_DIR: z.string().min(1).default('./data'),
  SEED_DEMO_DATA: flag.optional(),
  AUTH_JWKS_URL: httpUrl.optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
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
  VIEWER_CACHE_SECONDS: z.coerce
    .number()
    .int('must be a whole number of seconds from 0 to 3600')
    .min(0, 'must be a whole number of seconds from 0 to 3600')
    .max(3600, 'must be a whole number of seconds from 0 to 3600')
    .default(30),
  MAX_QUERY_TOKENS: limit(100, 100_000).default(DEFAULT_REQUEST_LIMITS.maxTokens),
  MAX_QUERY_ALIASES: limit(0, 1000).default(DEFAULT_REQUEST_LIMITS.maxAliases),
  MAX_QUERY_DEPTH: limit(2, 100).default(DEFAULT_REQUEST_LIMITS.maxDepth),
  MAX_QUERY_DIRECTIVES: limit(0, 1000).default(DEFAULT_REQUEST_LIMITS.maxDirectives),
  MAX_QUERY_COST: limit(10, 10_000_000).default(DEFAULT_REQUEST_LIMITS.maxCost),
  MAX_JSON_BODY_BYTES: limit(1024, 64 * 1024 * 1024).default(DEFAULT_MAX_JSON_BYTES),
});

/** Key for national ID hashes outside production; production requires NATIONAL_ID_KEY. */
export const DEVELOPMENT_NATIONAL_ID_KEY = 'tisheng-development-national-id-key-not-secret';

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  env: Environment['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Environment['LOG_LEVEL'];
  graphiql: boolean;
  database:
    | { kind: 'postgres'; url: string; poolSize: number }
    | { kind: 'pglite'; dataDir: string; seedDemoData: boolean };
  dataDir: string;
  auth: {
    issuer: string;
    audience: string;
    algorithms: string[];
    /** An external identity provider's key set; without it the local development key set is used. */
    jwksUrl: URL | undefined;
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
  files: {
    /** Folder holding uploaded files' bytes (default `<DATA_DIR>/files`). */
    storageDir: string;
    /** Secret signing download links; without it (outside production) one is kept in `<DATA_DIR>/file-link-secret`. */
    linkSecret: string | undefined;
  };
}

/** Reads and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankless);
  if (!parsed.success) {
    // A failed parse has at least one issue; name the variable of the first.
    const [issue] = parsed.error.issues;
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? parsed.error.message);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production && !env.AUTH_JWKS_URL) {
    throw new ConfigError('AUTH_JWKS_URL', 'is required in production (the local development key set is refused)');
  }
  if (production && !env.AUTH_ISSUER) {
    throw new ConfigError('AUTH_ISSUER', 'is required in production');
  }
  if (production && !env.NATIONAL_ID_KEY) {
    throw new ConfigError('NATIONAL_ID_KEY', 'is required in production (the development key is refused)');
  }
  if (production && !env.FILE_LINK_SECRET) {
    throw new ConfigError('FILE_LINK_SECRET', 'is required in production (a random secret of at least 32 characters)');
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
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite'), seedDemoData: env.SEED_DEMO_DATA ?? true },
    auth: {
      issuer: env.AUTH_ISSUER ?? 'tisheng-dev',
      audience: env.AUTH_AUDIENCE,
      algorithms: env.AUTH_ALGORITHMS,
      jwksUrl: env.AUTH_JWKS_URL ? new URL(env.AUTH_JWKS_URL) : undefined,
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
    security: {
      corsOrigins: env.CORS_ORIGINS ?? (production ? [] : ['localhost']),
      introspection: env.INTROSPECTION ?? (production ? 'authenticated' : 'on'),
      hideSuggestions: production,
    },
    files: {
      storageDir: path.resolve(env.FILE_STORAGE_DIR ?? path.join(dataDir, 'files')),
      linkSecret: env.FILE_LINK_SECRET,
    },
  };
}
