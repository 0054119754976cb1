// `npm run db:seed`: migrates the configured database, then seeds it (idempotent).
import { ConfigError, loadConfig } from '../../api/config.js';
import { migrate } from '../../api/db/migrator.js';
import { openConfiguredDatabase } from '../../api/server/runtime.js';
import { seed } from './seed.js';

try {
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    await migrate(db.sql);
    await seed(db.prisma);
    console.log(`seeded the ${db.kind === 'pglite' ? 'embedded database' : 'PostgreSQL database'}`);
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`db:seed: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
}
