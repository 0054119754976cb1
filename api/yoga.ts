import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { JWTVerifyGetKey } from 'jose';
import { setNationalIdKey } from '../schema/enrolments/national-id-key.js';
import { schema } from '../schema/index.js';
import type { TokenPolicy } from './auth/jwt.js';
import { DEVELOPMENT_NATIONAL_ID_KEY } from './config.js';
import { createContextFactory } from './context.js';
import type { Database } from './db/client.js';
import { migrationStatus } from './db/migrator.js';
import { graphiqlTabs } from './graphiql.js';
import { useFileDownloads } from './storage/download-route.js';
import type { FileServices } from './storage/file-storage.js';
import { useMultipartCeiling } from './storage/request-ceiling.js';

export interface AppOptions {
  db: Database;
  keys: JWTVerifyGetKey;
  policy: TokenPolicy;
  graphiql: boolean;
  /** Yoga's own log level (requests, masked errors); false for none. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  /** HMAC key for national ID number hashes (config NATIONAL_ID_KEY); the development key when absent. */
  nationalIdKey?: string;
  /** Storage of uploaded files and the secret signing their download links. */
  files: FileServices;
}

/**
 * The HTTP application: /graphql, /healthz (process up), /readyz (database and migrations) and
 * /files/<token> (signed download links).
 */
export function createApp({ db, keys, policy, graphiql, logging = false, nationalIdKey = DEVELOPMENT_NATIONAL_ID_KEY, files }: AppOptions) {
  setNationalIdKey(nationalIdKey);
  return createYoga({
    schema,
    context: createContextFactory({ db, keys, policy, files }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    logging,
    graphiql: graphiql && { title: 'Tisheng GraphiQL', defaultTabs: graphiqlTabs, defaultEditorToolsVisibility: true },
    renderGraphiQL,
    maskedErrors: true,
    plugins: [
      useFileDownloads({ db, files }),
      useMultipartCeiling(),
      useReadinessCheck({
        endpoint: '/readyz',
        check: async () => {
          const status = await migrationStatus(db.sql).catch(() => null);
          if (!status) return new Response(JSON.stringify({ ready: false, reason: 'database unreachable' }), { status: 503, headers: { 'content-type': 'application/json' } });
          if (status.pending.length) {
            return new Response(JSON.stringify({ ready: false, reason: 'migrations pending', pending: status.pending }), { status: 503, headers: { 'content-type': 'application/json' } });
          }
          return new Response(JSON.stringify({ ready: true, migrations: status.applied.length }), { headers: { 'content-type': 'application/json' } });
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
