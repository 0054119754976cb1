import { type DevKey, devKeySet, loadOrCreateDevKey } from '../auth/dev-keys.js';
import type { TrustedIssuer } from '../auth/issuers.js';
import { remoteKeySet } from '../auth/jwt.js';
import { type Config, developmentKeyIssuer } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';

/** Opens the configured database (the embedded one in its data directory, or PostgreSQL). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.database.kind === 'postgres'
    ? openDatabase({ ...config.database, replica: config.readReplica })
    : openDatabase({ kind: 'pglite', dataDir: config.database.dataDir });
}

/** The development key in DATA_DIR (made on first use), or null where it is not trusted (production). */
export async function configuredDevKey(config: Config): Promise<DevKey | null> {
  return developmentKeyIssuer(config) ? loadOrCreateDevKey(config.dataDir) : null;
}

/** The issuers tokens are verified against: each identity provider's key set, and the development key's. */
export function trustedIssuers(config: Config, devKey: DevKey | null): TrustedIssuer[] {
  return config.auth.issuers.map(({ issuer, audience, algorithms, keys, subjects }) => {
    if (keys.kind === 'jwks')
      return { policy: { issuer, audience, algorithms }, keys: remoteKeySet(keys.url), subjects };
    if (!devKey) throw new Error(`issuer ${issuer}: the development key is not loaded`);
    return { policy: { issuer, audience, algorithms }, keys: devKeySet(devKey), subjects };
  });
}
