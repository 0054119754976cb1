import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rootLogger } from '../observability/logger.js';

/** Who spends a budget: a person (by user id), a sync client (by client id), or an anonymous caller (by address). */
export type PrincipalKind = 'user' | 'client' | 'anonymous';

export const PRINCIPAL_KINDS: readonly PrincipalKind[] = ['user', 'client', 'anonymous'];

/** The rate limit settings (RATE_LIMIT_* in the configuration). */
export interface RateLimitSettings {
  /** Length of the window a budget is spent in, in seconds; the budget is whole again when it ends. */
  windowSeconds: number;
  /** Points each kind of principal may spend per window; 0: unlimited. */
  points: Record<PrincipalKind, number>;
  /**
   * Reverse proxies in front of the API (RATE_LIMIT_TRUSTED_PROXIES): an anonymous caller is the address this many
   * hops back in X-Forwarded-For; 0 reads the connection's address and ignores the header.
   */
  trustedProxies: number;
}

/**
 * Rate limits on by default, generous for real portals (README, "Rate limits"): at their default page sizes the SDK's
 * costliest queries cost 15,000–17,000 points (a class roster of 100 students 36,000), most under 2,000; a sync feed
 * page of 100 changes about 19,000; the public catalogue page 14,500.
 */
export const DEFAULT_RATE_LIMITS = {
  windowSeconds: 60,
  points: { user: 200_000, client: 1_000_000, anonymous: 100_000 },
  trustedProxies: 0,
} as const satisfies RateLimitSettings;

/** A principal's budget after a request: what `rateLimit` and the RateLimit-* headers say. */
export interface Budget {
  /** Points per window. */
  limit: number;
  /** Points the request spent (or would have spent, when refused). */
  cost: number;
  /** Points spent in the current window, the request included when it ran. */
  used: number;
  /** Points left in the current window. */
  remaining: number;
  /** When the window ends and the budget is whole again. */
  resetAt: Date;
  /** The window's length, in seconds. */
  windowSeconds: number;
}

/** The outcome of spending a request's cost: allowed (spent) or refused (nothing spent). */
export interface Spending {
  allowed: boolean;
  budget: Budget;
}

/** Where the budgets are kept: `memory` (this process) or `redis` (shared by every instance using the server). */
export interface RateLimiter {
  kind: 'memory' | 'redis';
  settings: RateLimitSettings;
  /**
   * Spends `cost` points of `key`'s budget (a `kind` principal); null when that kind is unlimited. A request the budget
   * cannot pay for is refused and spends nothing.
   */
  spend(kind: PrincipalKind, key: string, cost: number): Promise<Spending | null>;
  /** Closes the Redis connection (nothing to do in memory). */
  close(): Promise<void>;
}

/** Something to tell the operator: the Redis connection lost and back. */
export interface RateLimitLog {
  warn(message: string): void;
  info(message: string): void;
}

/** The shape every limiter of rate-limiter-flexible has (the memory and Redis ones). */
type Store = Pick<RateLimiterMemory, 'consume' | 'reward'>;

function budgetOf(limit: number, cost: number, windowSeconds: number, spent: number, msBeforeNext: number): Budget {
  const used = Math.min(spent, limit);
  return {
    limit,
    cost,
    used,
    remaining: Math.max(0, limit - spent),
    resetAt: new Date(Date.now() + Math.max(0, msBeforeNext)),
    windowSeconds,
  };
}

function limiterOver(
  settings: RateLimitSettings,
  store: (kind: PrincipalKind, points: number) => Store,
  kind: RateLimiter['kind'],
  close: () => Promise<void>,
): RateLimiter {
  const stores = new Map<PrincipalKind, Store>();
  for (const principal of PRINCIPAL_KINDS) {
    const points = settings.points[principal];
    if (points > 0) stores.set(principal, store(principal, points));
  }
  return {
    kind,
    settings,
    close,
    async spend(principal, key, cost) {
      const limiter = stores.get(principal);
      if (!limiter) return null;
      const limit = settings.points[principal];
      const points = Math.max(1, Math.ceil(cost));
      try {
        const spent = await limiter.consume(key, points);
        return {
          allowed: true,
          budget: budgetOf(limit, points, settings.windowSeconds, spent.consumedPoints, spent.msBeforeNext),
        };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        // The store counted the refused points: give them back, so a refused request spends nothing.
        await limiter.reward(key, points).catch(() => undefined);
        const before = refusal.consumedPoints - points;
        return {
          allowed: false,
          budget: {
            ...budgetOf(limit, points, settings.windowSeconds, before, refusal.msBeforeNext),
            used: Math.min(before, limit),
          },
        };
      }
    },
  };
}

/** Budgets kept in this process: each API instance has its own. */
export function memoryRateLimiter(settings: RateLimitSettings): RateLimiter {
  return limiterOver(
    settings,
    (kind, points) => new RateLimiterMemory({ keyPrefix: kind, points, duration: settings.windowSeconds }),
    'memory',
    async () => {},
  );
}

export interface RedisRateLimiterOptions {
  /** Prefix of every key the budgets use in Redis (instances sharing a budget use the same one). */
  keyPrefix?: string;
  log?: RateLimitLog;
}

/**
 * Budgets kept in Redis, so every API instance using the server spends the same budget. The limiter has a connection
 * of its own that never queues commands: while Redis is unreachable each request is counted in this process instead
 * (rate-limiter-flexible's insurance limiter), the API keeps serving, one warning says so and one message says when
 * Redis is back (ioredis reconnects by itself). Resolves even when the first connection fails.
 */
export async function redisRateLimiter(
  settings: RateLimitSettings,
  url: string,
  { keyPrefix = 'tisheng:rate', log = rootLogger() }: RedisRateLimiterOptions = {},
): Promise<RateLimiter> {
  const client = new Redis(url, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  let degraded = false;
  const lost = (reason: string) => {
    if (degraded) return;
    degraded = true;
    log.warn(`tisheng: rate limits: Redis unreachable (${reason}): budgets are kept in this process until it is back`);
  };
  client.on('error', (error: Error) => lost(error.message));
  client.on('ready', () => {
    if (!degraded) return;
    degraded = false;
    log.info('tisheng: rate limits: Redis is back: budgets are shared again');
  });
  await client.connect().catch((error: Error) => lost(error.message));
  return limiterOver(
    settings,
    (kind, points) => {
      const insurance = new RateLimiterMemory({ keyPrefix: kind, points, duration: settings.windowSeconds });
      // Every call the insurance answers is one Redis could not: the outage starts (if the 'error' event has not
      // said so yet).
      const consume = insurance.consume.bind(insurance);
      insurance.consume = (...args: Parameters<typeof consume>) => {
        lost(`status ${client.status}`);
        return consume(...args);
      };
      return new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${keyPrefix}:${kind}`,
        points,
        duration: settings.windowSeconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: insurance,
      });
    },
    'redis',
    async () => {
      await client.quit().catch(() => client.disconnect());
    },
  );
}

/** The configured limiter: over Redis when `redisUrl` is set, in this process otherwise. */
export function openRateLimiter(
  settings: RateLimitSettings,
  redisUrl: string | undefined,
  options: RedisRateLimiterOptions = {},
): Promise<RateLimiter> {
  return redisUrl ? redisRateLimiter(settings, redisUrl, options) : Promise.resolve(memoryRateLimiter(settings));
}
