import type { Plugin } from 'graphql-yoga';
import type { Authenticator, ContextDeps } from '../context.js';
import type { Database } from '../db/client.js';

export interface StandardsRouteDeps {
  db: Database;
  /** Verifies a request's bearer token (the same as /graphql's). */
  authenticate: Authenticator;
  /** Resolves the viewer of a request (cached like /graphql's). */
  viewers: Pick<ContextDeps, 'viewers'>['viewers'];
  /** The API's public address, no trailing slash. */
  baseUrl: string;
}

/** The standards routes beside /graphql (CASE, OneRoster, Open Badges): filled by the standards module. */
export function useStandardsRoutes(_deps: StandardsRouteDeps): Plugin {
  return {};
}
