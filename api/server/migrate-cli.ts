// `npm run db:migrate`: applies the committed migrations to the configured database.
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../db/migrator.js';
import { openConfiguredDatabase } from './runtime.js';

try {
  const db = await openConfiguredDatabase(loadConfig());
  try {
    const applied = await migrate(db.sql);
    console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`db:migrate: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
}
