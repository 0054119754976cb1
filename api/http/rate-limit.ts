import { isIP } from 'node:net';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { Authenticator } from '../context.js';
import { localizedError } from '../i18n/localized-errors.js';
import { defineMessages } from '../i18n/messages.js';
import type { Budget, PrincipalKind, RateLimiter } from './rate-limit-store.js';
import { measuredCost } from './request-limits.js';

export {
  type Budget,
  DEFAULT_RATE_LIMITS,
  memoryRateLimiter,
  openRateLimiter,
  type PrincipalKind,
  type RateLimiter,
  type RateLimitLog,
  type RateLimitSettings,
  redisRateLimiter,
} from './rate-limit-store.js';

/** Whose budget a request spends. */
export interface Principal {
  kind: PrincipalKind;
  /** The user id, the sync client id, or the caller's address. */
  key: string;
}

/**
 * The caller's address: with `trustedProxies` reverse proxies in front of the API, the address the farthest trusted
 * one received the request from (that many entries from the end of X-Forwarded-For, the connection's address
 * counting as the last); without, the connection's address. A forged X-Forwarded-For only adds entries to the front,
 * which are never read. `unknown` when there is no usable address (in-process requests).
 */
export function callerAddress(forwardedFor: string | null, remoteAddress: string | undefined, trustedProxies: number) {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    ...(remoteAddress ? [remoteAddress] : []),
  ];
  const address = chain.at(-1 - Math.min(trustedProxies, chain.length - 1));
  return address && isIP(address) ? address.replace(/^::ffff:(?=\d+\.)/, '') : 'unknown';
}

/**
 * The principal of a request: a sync client by the client id its assertion names (by its service user's id when it
 * signs in otherwise, one service user per client), a person by their user id, anyone else by address.
 */
export function principalOf(viewer: Viewer, syncClientId: string | null, address: string): Principal {
  if (viewer.user && viewer.isSyncClient) return { kind: 'client', key: syncClientId ?? viewer.user.id };
  if (viewer.user) return { kind: 'user', key: viewer.user.id };
  return { kind: 'anonymous', key: address };
}

/** The RateLimit-* response headers of a budget (IETF draft "RateLimit header fields for HTTP"). */
export function rateLimitHeaders(budget: Budget, now = Date.now()): Record<string, string> {
  const reset = Math.max(0, Math.ceil((budget.resetAt.getTime() - now) / 1000));
  return {
    'RateLimit-Limit': String(budget.limit),
    'RateLimit-Remaining': String(budget.remaining),
    'RateLimit-Reset': String(reset),
    'RateLimit-Policy': `${budget.limit};w=${budget.windowSeconds}`,
  };
}

defineMessages({
  RATE_LIMITED: {
    en:
      'Rate limit exceeded: this request costs {cost} points and {remaining} of the {limit} points per {window} ' +
      'seconds are left; try again in {retryAfter} seconds.',
    'zh-CN':
      '超出访问频率限制：本次请求需 {cost} 点，每 {window} 秒 {limit} 点的额度仅剩 {remaining} 点；请在 {retryAfter} 秒后重试。',
  },
});

/** A refused request's error: 429 with Retry-After, and the budget in `extensions`. */
function rateLimited(budget: Budget) {
  const retryAfter = Math.max(1, Math.ceil((budget.resetAt.getTime() - Date.now()) / 1000));
  return localizedError(
    'RATE_LIMITED',
    {
      cost: budget.cost,
      remaining: budget.remaining,
      limit: budget.limit,
      window: budget.windowSeconds,
      retryAfter,
    },
    {
      limit: budget.limit,
      cost: budget.cost,
      remaining: budget.remaining,
      resetAt: budget.resetAt.toISOString(),
      // The RateLimit-* headers come with every response (useRateLimit's onResponse).
      http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
    },
  );
}

/** Each operation's budget after it spent its cost, by its context: the `rateLimit` field reads it. */
const budgets = new WeakMap<object, Budget>();
/** The budget the response headers report, by request (the last operation's when a request runs several). */
const reported = new WeakMap<Request, Budget>();

/** The caller's budget after the operation running with `context` spent its cost; null when unlimited. */
export function budgetOf(context: object): Budget | null {
  return budgets.get(context) ?? null;
}

interface RateLimitContext {
  viewer?: Viewer;
  request?: Request;
  /** The Node request (node:http servers): its socket's address is the caller's. */
  req?: { socket?: { remoteAddress?: string } };
}

/**
 * Spends each operation's cost (measured by the cost limit, api/http/request-limits.ts) from its principal's budget
 * just before it runs: after every check that refuses an operation (the cost limit, the sync client gate), so a refused
 * operation spends nothing. One the budget cannot pay for is refused with 429, Retry-After and RATE_LIMITED and runs no
 * resolver. Every response of an operation that spent carries the RateLimit-* headers.
 */
export function useRateLimit(limiter: RateLimiter, authenticate: Authenticator): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as RateLimitContext;
      const { request, viewer } = context;
      if (!request || !viewer) return;
      setExecuteFn(async (executionArgs: ExecutionArgs) => {
        const token = await authenticate(request);
        const address = callerAddress(
          request.headers.get('x-forwarded-for'),
          context.req?.socket?.remoteAddress,
          limiter.settings.trustedProxies,
        );
        const principal = principalOf(viewer, token?.subjects === 'syncClient' ? token.subject : null, address);
        const cost = measuredCost(context)?.requested ?? 1;
        const spending = await limiter.spend(principal.kind, principal.key, cost);
        if (spending) {
          reported.set(request, spending.budget);
          if (!spending.allowed) return { errors: [rateLimited(spending.budget)] };
          budgets.set(context, spending.budget);
        }
        return executeFn(executionArgs);
      });
    },
    onResponse({ request, response }) {
      const budget = reported.get(request);
      if (!budget) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(budget))) response.headers.set(name, value);
    },
  };
}
