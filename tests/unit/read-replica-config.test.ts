import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/config.js';
import { openDatabase } from '../../api/db/client.js';

const PRIMARY = 'postgresql://tisheng@db-primary:5432/tisheng';
const REPLICA = 'postgresql://tisheng@db-replica:5432/tisheng';

describe('read replica configuration (DATABASE_READ_URL)', () => {
  it('is off by default: the progress pages read the primary', () => {
    expect(loadConfig({ DATABASE_URL: PRIMARY }).readReplica).toBeNull();
    expect(loadConfig({}).readReplica).toBeNull();
  });

  it('takes a replica URL and its own pool size', () => {
    expect(loadConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: REPLICA }).readReplica).toEqual({
      url: REPLICA,
      poolSize: 10,
    });
    expect(
      loadConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: REPLICA, DATABASE_READ_POOL_SIZE: '4' }).readReplica,
    ).toEqual({ url: REPLICA, poolSize: 4 });
  });

  it('refuses a replica without a primary, a URL that is not PostgreSQL and a bad pool size', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: REPLICA })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_READ_URL: REPLICA })).toThrow(/^DATABASE_READ_URL: /);
    expect(() => loadConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: 'mysql://x/y' })).toThrow(
      /^DATABASE_READ_URL: /,
    );
    expect(() =>
      loadConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: REPLICA, DATABASE_READ_POOL_SIZE: '0' }),
    ).toThrow(/^DATABASE_READ_POOL_SIZE: /);
  });

  it('the embedded database reads its lag-tolerant pages from itself', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      expect(db.replica).toBe(db.prisma);
    } finally {
      await db.close();
    }
  });
});
