/**
 * Rows of the rate limits (api/http/rate-limit.ts): anyone, anonymous callers and sync clients included, reads their own
 * budget, whatever the district: a person's is a person's, a sync client's a client's, an anonymous caller's an
 * anonymous one's. The rows run on the matrix app with a rate limiter of its own (the matrix app has none).
 */
import { expect } from 'vitest';
import { memoryRateLimiter, type PrincipalKind } from '../../../api/http/rate-limit.js';
import type { TestApp } from '../../kit/app.js';
import type { UserRef } from '../../kit/world.js';
import { everyone, matrix, type Outcome, type Row } from './kit.js';

/** A different budget per kind, so a row sees whose budget it read. */
const POINTS: Record<PrincipalKind, number> = { user: 300_000, client: 2_000_000, anonymous: 150_000 };

/** The limited variant of each matrix app (test files share this module within a worker, each with its own app). */
const limited = new WeakMap<TestApp, TestApp>();
const app = () => {
  let variant = limited.get(matrix.t);
  if (!variant) {
    variant = matrix.t.variant({
      rateLimiter: memoryRateLimiter({ windowSeconds: 60, points: POINTS, trustedProxies: 0 }),
    });
    limited.set(matrix.t, variant);
  }
  return variant;
};

/** Whose budget a viewer spends: a sync client's (a user holding the SYNC_CLIENT role, of any tenant), a person's. */
async function kindOf(as: UserRef | null): Promise<PrincipalKind> {
  if (!as) return 'anonymous';
  const clientRoles = await matrix.t.db.prisma.roleAssignment.count({ where: { userId: as.id, role: 'SYNC_CLIENT' } });
  return clientRoles ? 'client' : 'user';
}

export const rows: Record<string, Row> = {
  'Query.rateLimit': {
    run: async (_x, as): Promise<Outcome> => {
      const res = await app().gql('{ rateLimit { limit cost used remaining resetAt } }', {}, { as });
      expect(res.errors).toBeUndefined();
      const budget = res.data?.rateLimit;
      if (!budget) return 'missing';
      // Their own kind's budget, with at least this request spent.
      expect(budget.limit).toBe(POINTS[await kindOf(as)]);
      expect(budget.used).toBeGreaterThanOrEqual(budget.cost);
      return 'allowed';
    },
    own: everyone('allowed'),
    other: everyone('allowed'),
    clients: true,
  },
};
