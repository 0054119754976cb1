import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { JWTVerifyGetKey } from 'jose';
import { schema } from '../schema/index.js';
import type { TokenPolicy } from './auth/jwt.js';
import { createContextFactory } from './context.js';
import type { Database } from './db/client.js';
import { migrationStatus } from './db/migrator.js';
import { graphiqlTabs } from './graphiql.js';

export interface AppOptions {
  db: Database;
  keys: JWTVerifyGetKey;
  policy: TokenPolicy;
  graphiql: boolean;
  logging?: boolean;
}

/** The HTTP application: /graphql, /healthz (process up) and /readyz (database and migrations). */
export function createApp({ db, keys, policy, graphiql, logging = false }: AppOptions) {
  return createYoga({
    schema,
    context: createContextFactory({ db, keys, policy }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    logging,
    graphiql: graphiql && { title: 'Tisheng GraphiQL', defaultTabs: graphiqlTabs, defaultEditorToolsVisibility: true },
    renderGraphiQL,
    maskedErrors: true,
    plugins: [
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
