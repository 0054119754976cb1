import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalJWKSet } from 'jose';
import { type DevKey, generateDevKey, signDevToken } from '../../api/auth/dev-keys.js';
import { type App, type AppOptions, createApp } from '../../api/server/yoga.js';
import type { FileServices } from '../../api/storage/file-storage.js';
import { LocalDiskStorage } from '../../api/storage/local-disk.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { type Factories, factories, type UserRef } from './factories.js';

export const TEST_POLICY = { issuer: 'tisheng-test', audience: 'tisheng-api', algorithms: ['ES256'] };

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  db: TestDatabase;
  app: App;
  key: DevKey;
  seed: Factories;
  /** File storage in a temporary folder of its own (removed on close) and a random link secret. */
  files: FileServices & { storage: LocalDiskStorage };
  /** A valid token for a user (by their JWT subject). */
  tokenFor(user: Pick<UserRef, 'authSubject'> | string): Promise<string>;
  /** Runs an operation through the real HTTP handler (`yoga.fetch`), as `user` when given. */
  gql<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Pick<UserRef, 'authSubject'> | string | null,
  ): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/** The real server over a fresh migrated database, with a signing key of its own; `options` override the app's defaults. */
export async function createTestApp(
  options: Partial<Pick<AppOptions, 'limits' | 'maxJsonBytes' | 'security'>> = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const key = await generateDevKey();
  const filesDir = await mkdtemp(path.join(tmpdir(), 'tisheng-files-'));
  const files = { storage: new LocalDiskStorage(filesDir), linkSecret: randomBytes(32) };
  const app = createApp({
    db,
    keys: createLocalJWKSet({ keys: [key.publicJwk] }),
    policy: TEST_POLICY,
    graphiql: false,
    files,
    ...options,
  });
  const tokenFor = (user: Pick<UserRef, 'authSubject'> | string) =>
    signDevToken(key, {
      subject: typeof user === 'string' ? user : user.authSubject,
      issuer: TEST_POLICY.issuer,
      audience: TEST_POLICY.audience,
    });
  return {
    db,
    app,
    key,
    files,
    seed: factories(db.prisma),
    tokenFor,
    async gql(query, variables, as) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as) headers.authorization = `Bearer ${await tokenFor(as)}`;
      const response = await app.fetch('http://yoga/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async close() {
      await db.destroy();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
