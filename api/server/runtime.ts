import { type DevKey, devKeySet, loadOrCreateDevKey } from '../auth/dev-keys.js';
import type { TrustedIssuer } from '../auth/issuers.js';
import { remoteKeySet } from '../auth/jwt.js';
import { type Config, ConfigError, developmentKeyIssuer, loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import type { FileServices } from '../storage/file-storage.js';
import { linkSecretFrom, loadOrCreateLinkSecret } from '../storage/link-secret.js';
import { LocalDiskStorage } from '../storage/local-disk.js';
import { S3Storage } from '../storage/s3.js';

/** Ends a process that cannot start with one plain line on stderr (`<name>: cannot start: …`) and exit code 1. */
export type StartFailure = (message: string) => never;

export function startFailure(name: string): StartFailure {
  return (message) => {
    console.error(`${name}: cannot start: ${message}`);
    process.exit(1);
  };
}

/** The configuration, or the start-up failure naming the first bad variable. */
export function configOrFail(fail: StartFailure): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** The configured database, or the start-up failure saying why it cannot be opened. */
export function openConfiguredDatabaseOrFail(config: Config, fail: StartFailure): Promise<Database> {
  return openConfiguredDatabase(config).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) fail(`DATA_DIR: ${error.message}`);
    return fail(`cannot open the database: ${(error as Error).message}`);
  });
}

/** Uploaded files' storage (S3_BUCKET: an S3-compatible bucket, else local disk) and the download links' secret. */
export function configuredFiles(config: Config): FileServices {
  return {
    storage: config.objectStorage ? new S3Storage(config.objectStorage) : new LocalDiskStorage(config.files.storageDir),
    linkSecret: config.files.linkSecret
      ? linkSecretFrom(config.files.linkSecret)
      : loadOrCreateLinkSecret(config.dataDir),
  };
}

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
