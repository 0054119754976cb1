import { maskError, type YogaServerOptions } from 'graphql-yoga';
import { localizedError } from '../i18n/localized-errors.js';
import { defineMessages } from '../i18n/messages.js';

defineMessages({
  DATABASE_UNAVAILABLE: {
    en: 'The database is unavailable for the moment: nothing was changed by this request. Try again in a few seconds.',
    'zh-CN': '数据库暂时不可用：本次请求未做任何更改。请稍后重试。',
  },
});

/** Prisma's codes for a server it cannot reach, a connection it lost, or no free connection in time. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) of the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'TooManyConnections', 'SocketTimeout']);
/** Socket errors, and PostgreSQL's connection_exception (08…) and shutdown / starting-up states (57P01–57P03). */
const CONNECTION_CODE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|08\w{3}|57P0[123])$/;
/** What node-postgres says when a connection ends or cannot be had in time, or the pool is closing. */
const CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|Can't reach database server|Server has closed the connection/;

/**
 * Whether `error` (or what it wraps: GraphQL's originalError, Prisma's cause) says the database could not be reached
 * or the connection was lost — not a fault of the request, and nothing of it was committed (a transaction whose
 * connection dies is rolled back by the server).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth += 1) {
    const candidate = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      originalError?: unknown;
      cause?: unknown;
      name?: unknown;
    };
    if (
      typeof candidate.code === 'string' &&
      (PRISMA_CODES.has(candidate.code) || CONNECTION_CODE.test(candidate.code))
    )
      return true;
    if (typeof candidate.kind === 'string' && ADAPTER_KINDS.has(candidate.kind)) return true;
    if (candidate.name === 'PrismaClientInitializationError') return true;
    if (typeof candidate.message === 'string' && CONNECTION_MESSAGE.test(candidate.message)) return true;
    current = candidate.originalError ?? candidate.cause;
  }
  return false;
}

/** A fresh error per request: the message is localized in place (api/i18n/localized-errors.ts). */
export const databaseUnavailable = () =>
  localizedError('DATABASE_UNAVAILABLE', {}, { http: { status: 503, headers: { 'retry-after': '5' } } });

/**
 * Yoga's error masking (`maskedErrors.maskError`), answering an unreachable database with HTTP 503 and the code
 * DATABASE_UNAVAILABLE instead of an unexpected error (500, INTERNAL_SERVER_ERROR): clients and load balancers can tell
 * an outage to retry from a bug. It sees every error, those raised while the context is built (authentication) too.
 * Everything else is masked as before.
 */
export const maskDatabaseUnavailable: NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']
> = (error, message, isDev) =>
  isDatabaseUnavailable(error) ? databaseUnavailable() : maskError(error, message, isDev);
