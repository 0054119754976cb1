import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../kit/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('HTTP endpoints', () => {
  it('/healthz answers while the process runs', async () => {
    expect((await t.fetch('/healthz')).status).toBe(200);
  });

  it('/readyz: 200 with the database reachable and every migration applied', async () => {
    const res = await t.fetch('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true });
  });

  it('/readyz: 503 while a migration is pending', async () => {
    await t.db.sql.query(`UPDATE "_prisma_migrations" SET migration_name = migration_name || '_renamed'`);
    try {
      const res = await t.fetch('/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ready: false, reason: 'migrations pending' });
    } finally {
      await t.db.sql.query(`UPDATE "_prisma_migrations" SET migration_name = replace(migration_name, '_renamed', '')`);
    }
  });

  it('serves GraphiQL (bundled, no CDN) with example operations when enabled', async () => {
    const res = await t.variant({ graphiql: true }).fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tisheng GraphiQL');
    expect(html).toContain('npm run token -- --login');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr/);
  });
});
