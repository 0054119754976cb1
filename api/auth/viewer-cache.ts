import { LRUCache } from 'lru-cache';
import type { Database } from '../db/client.js';
import type { Viewer } from './viewer.js';

/**
 * The channel the database notifies on any change to users, role assignments or organisations (migration 20261201)
 * and sign-on identities (migration 20261202).
 */
export const VIEWER_CHANGE_CHANNEL = 'tisheng_viewer_change';

/** The cache key of a token's issuer and subject: neither may hold a control character (api/auth/jwt.ts SUBJECT). */
const keyOf = (issuer: string, subject: string) => `${issuer}\n${subject}`;

/**
 * Who a token's subject at its issuer is and which roles they hold, kept for `ttlSeconds` so a request does not re-read them.
 *
 * Correct across API instances: triggers on User, UserIdentity, RoleAssignment and Organisation notify every instance on commit
 * (PostgreSQL LISTEN/NOTIFY), whichever instance, import or SQL session made the change, and each instance drops
 * its whole cache. While an instance is not listening (starting, or its listening connection lost) it caches
 * nothing. A read that began before a change cannot store what it read after the change was heard (generations).
 */
export class ViewerCache {
  private readonly entries: LRUCache<string, Viewer>;
  private generation = 0;
  private live = false;

  constructor(ttlSeconds: number, max = 10_000) {
    this.entries = new LRUCache({ max, ttl: ttlSeconds * 1000, ttlAutopurge: false });
  }

  /**
   * Starts listening for changes; the cache works from the moment the database confirms it listens, and stops
   * when the database closes.
   */
  static async listening(db: Database, ttlSeconds: number): Promise<ViewerCache> {
    const cache = new ViewerCache(ttlSeconds);
    await db.listen(VIEWER_CHANGE_CHANNEL, {
      notified: () => cache.invalidate(),
      listening: (on) => {
        cache.invalidate();
        cache.live = on;
      },
    });
    return cache;
  }

  /** The cached viewer of `subject` at `issuer`, if any. */
  get(issuer: string, subject: string): Viewer | undefined {
    return this.live ? this.entries.get(keyOf(issuer, subject)) : undefined;
  }

  /** A token to pass to `set`: taken before reading, it refuses what was read before a change was heard. */
  ticket(): number {
    return this.generation;
  }

  set(issuer: string, subject: string, viewer: Viewer, ticket: number): void {
    if (this.live && ticket === this.generation) this.entries.set(keyOf(issuer, subject), viewer);
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
