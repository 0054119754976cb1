// `npm run viewing:purge`: deletes raw viewing batches past their programme's `viewing.rawRetentionDays`, and applied
// player event ids past the longest retention of any programme. Credited time is never touched. Run it daily (cron).

import { purgeViewingAudit } from '../../schema/viewing/purge.js';
import { ConfigError, loadConfig } from '../config.js';
import { openConfiguredDatabase } from './runtime.js';

try {
  const db = await openConfiguredDatabase(loadConfig());
  try {
    const { batches, eventIds, eventIdRetentionDays } = await purgeViewingAudit(db.prisma);
    console.log(
      `viewing:purge: deleted ${batches} raw batches and ${eventIds} event ids (event ids are kept ${eventIdRetentionDays} days)`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`viewing:purge: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
}
