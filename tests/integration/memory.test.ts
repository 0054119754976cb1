import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../api/db/client.js';
import { migrate } from '../../api/db/migrator.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function settledHeap(): number {
  for (let i = 0; i < 3; i += 1) gc();
  return process.memoryUsage().heapUsed;
}

async function run(db: Database, statements: number) {
  for (let i = 0; i < statements; i += 1)
    await db.prisma.organisation.findFirst({ where: { code: `code-${i}` }, select: { id: true } });
}

describe('statement tracking', () => {
  let db: Database;
  beforeAll(async () => {
    // Configured as production opens it: no tracking option.
    db = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(db.sql);
  });
  afterAll(() => db.close());

  it('keeps nothing per statement in production: the heap does not grow over 20,000 statements', async () => {
    await run(db, 2_000); // warm-up: query plans, caches, JIT
    const before = settledHeap();
    await run(db, 20_000);
    const growth = settledHeap() - before;
    console.log(`[memory] heap growth over 20,000 statements: ${(growth / 1024).toFixed(0)} KiB`);
    expect(db.statements.count).toBe(0);
    expect(growth).toBeLessThan(1024 * 1024);
  }, 120_000);
});
