import type { JWTVerifyGetKey } from 'jose';
import { devKeySet, loadOrCreateDevKey } from '../auth/dev-keys.js';
import { remoteKeySet } from '../auth/jwt.js';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';

/** Opens the configured database (the embedded one in its data directory, or PostgreSQL). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.database.kind === 'postgres'
    ? openDatabase(config.database)
    : openDatabase({ kind: 'pglite', dataDir: config.database.dataDir });
}

/** The key set tokens are verified against: the identity provider's, or the local development key. */
export async function configuredKeySet(config: Config): Promise<JWTVerifyGetKey> {
  if (config.auth.jwksUrl) return remoteKeySet(config.auth.jwksUrl);
  return devKeySet(await loadOrCreateDevKey(config.dataDir));
}
