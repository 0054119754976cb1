import { describe, expect, it } from 'vitest';
import { Viewer } from '../../api/auth/viewer.js';
import { ConfigError, loadConfig } from '../../api/config.js';
import {
  callerAddress,
  DEFAULT_RATE_LIMITS,
  memoryRateLimiter,
  principalOf,
  rateLimitHeaders,
} from '../../api/http/rate-limit.js';

const person = new Viewer({ id: 'u-1', login: 'li.lei', displayName: '李雷' }, [
  { role: 'TEACHER', organisationId: 'o-1', organisationKind: 'SCHOOL', orgPath: '/o-1/' },
]);
const syncClient = new Viewer({ id: 'u-2', login: 'client.1', displayName: '省平台' }, [
  { role: 'SYNC_CLIENT', organisationId: 'o-9', organisationKind: 'DISTRICT', orgPath: '/o-9/' },
]);

describe('whose budget a request spends', () => {
  it('a person by user id, a sync client by client id (else its service user), anyone else by address', () => {
    expect(principalOf(person, null, '203.0.113.1')).toEqual({ kind: 'user', key: 'u-1' });
    expect(principalOf(syncClient, 'c-7', '203.0.113.1')).toEqual({ kind: 'client', key: 'c-7' });
    expect(principalOf(syncClient, null, '203.0.113.1')).toEqual({ kind: 'client', key: 'u-2' });
    expect(principalOf(Viewer.anonymous(), null, '203.0.113.1')).toEqual({ kind: 'anonymous', key: '203.0.113.1' });
  });

  it('reads the caller’s address through as many proxies as are trusted, never further', () => {
    // No trusted proxy: the connection's address; X-Forwarded-For (forgeable) is ignored.
    expect(callerAddress('198.51.100.1', '10.0.0.2', 0)).toBe('10.0.0.2');
    // One proxy (10.0.0.2): the address it received the request from; a forged entry in front is never read.
    expect(callerAddress('1.2.3.4, 198.51.100.1', '10.0.0.2', 1)).toBe('198.51.100.1');
    expect(callerAddress('198.51.100.1, 10.0.0.3', '10.0.0.2', 2)).toBe('198.51.100.1');
    // More proxies trusted than hops: the farthest address there is.
    expect(callerAddress('198.51.100.1', '10.0.0.2', 5)).toBe('198.51.100.1');
    expect(callerAddress(null, '::ffff:192.0.2.5', 0)).toBe('192.0.2.5');
    expect(callerAddress(null, '2001:db8::1', 0)).toBe('2001:db8::1');
    expect(callerAddress('not-an-address', undefined, 1)).toBe('unknown');
    expect(callerAddress(null, undefined, 0)).toBe('unknown');
  });
});

describe('budgets', () => {
  it('spends each cost, refuses what the budget cannot pay without spending it, and leaves 0 unlimited', async () => {
    const limiter = memoryRateLimiter({
      windowSeconds: 60,
      points: { user: 10, client: 0, anonymous: 5 },
      trustedProxies: 0,
    });
    const first = await limiter.spend('user', 'u-1', 6);
    expect(first).toMatchObject({ allowed: true, budget: { limit: 10, cost: 6, used: 6, remaining: 4 } });
    const refused = await limiter.spend('user', 'u-1', 5);
    expect(refused).toMatchObject({ allowed: false, budget: { limit: 10, cost: 5, used: 6, remaining: 4 } });
    expect(refused?.budget.resetAt.getTime()).toBeGreaterThan(Date.now());
    // The refused 5 points were not spent: 4 still fit.
    expect(await limiter.spend('user', 'u-1', 4)).toMatchObject({ allowed: true, budget: { used: 10, remaining: 0 } });
    // Another principal, another kind: their own budgets. A cost below 1 still spends 1.
    expect(await limiter.spend('user', 'u-2', 0)).toMatchObject({ allowed: true, budget: { cost: 1, used: 1 } });
    expect(await limiter.spend('anonymous', 'u-1', 5)).toMatchObject({ allowed: true, budget: { limit: 5 } });
    expect(await limiter.spend('client', 'c-1', 1_000_000)).toBeNull();
  });

  it('reports a budget in the RateLimit-* headers', () => {
    const now = Date.UTC(2026, 11, 3, 8, 0, 0);
    const headers = rateLimitHeaders(
      { limit: 100, cost: 7, used: 30, remaining: 70, resetAt: new Date(now + 41_200), windowSeconds: 60 },
      now,
    );
    expect(headers).toEqual({
      'RateLimit-Limit': '100',
      'RateLimit-Remaining': '70',
      'RateLimit-Reset': '42',
      'RateLimit-Policy': '100;w=60',
    });
  });
});

describe('rate limit configuration', () => {
  it('defaults to budgets per minute, and 0 turns a kind’s limit off', () => {
    expect(loadConfig({}).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    const config = loadConfig({
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      RATE_LIMIT_USER_POINTS: '0',
      RATE_LIMIT_CLIENT_POINTS: '900000',
      RATE_LIMIT_ANONYMOUS_POINTS: '500',
      RATE_LIMIT_TRUSTED_PROXIES: '1',
    });
    expect(config.rateLimits).toEqual({
      windowSeconds: 3600,
      points: { user: 0, client: 900_000, anonymous: 500 },
      trustedProxies: 1,
    });
  });

  it('names a bad variable', () => {
    expect(() => loadConfig({ RATE_LIMIT_USER_POINTS: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/);
  });
});
