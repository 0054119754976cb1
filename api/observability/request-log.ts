/**
 * One log line per HTTP request: its id, the principal (ids only), the GraphQL operation's name and type, its cost,
 * the duration, the HTTP status and the outcome (`ok`, or `error` with the errors' codes). Never the query text, its
 * variables, a token, a name or any other personal data: operation names come from the executed document (or the
 * client's `operationName` when it is a GraphQL name), errors are reported by code.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type ExecutionResult, type GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { Authenticator } from '../context.js';
import type { Logger } from './logger.js';

/** The header carrying a request's id, in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming request id we keep: 1 to 128 letters, digits, `.`, `_`, `-` or `:` (a UUID, a trace id). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** A GraphQL name: what an operation name must be. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;
/** Routes probed often: their lines go at debug level. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/** Who sent a request: a person or a sync client by id, or anonymous. */
export interface LoggedPrincipal {
  kind: 'user' | 'client' | 'anonymous';
  id?: string;
}

interface RequestState {
  id: string;
  /** When the request came in (performance.now()); unknown for routes answered before this plugin's hook. */
  started?: number;
  operation?: string;
  operationType?: string;
  /** The request's viewer, once its context is built (not for a refused token). */
  viewer?: Viewer;
  cost?: number;
  errors: Set<string>;
}

const states = new WeakMap<Request, RequestState>();

/** The id of a request being handled (its `x-request-id`): for log lines written while it runs. */
export function requestIdOf(request: Request): string | undefined {
  return states.get(request)?.id;
}

/** The request id to use: the caller's when it is sane, else a new UUID. */
export function requestIdFrom(header: string | null): string {
  return header && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** The route of a path for the log: the GraphQL endpoint whole, others by their first segment (never a token). */
function routeOf(pathname: string): string {
  if (pathname === '/graphql' || QUIET_ROUTES.has(pathname)) return pathname;
  const first = /^\/[^/]*/.exec(pathname)?.[0] ?? '/';
  return first;
}

function codesOf(errors: readonly GraphQLError[] | undefined, into: Set<string>) {
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    into.add(typeof code === 'string' && GRAPHQL_NAME.test(code) ? code : 'UNCODED');
  }
}

/**
 * The principal of a request whose context was built: a sync client by its client id (its assertion's issuer; the
 * token is verified once per request, so this reads the kept result), a person by their user id.
 */
async function principalOf(viewer: Viewer, request: Request, authenticate: Authenticator): Promise<LoggedPrincipal> {
  if (!viewer.user) return { kind: 'anonymous' };
  if (viewer.isSyncClient) {
    const token = await authenticate(request).catch(() => null);
    return { kind: 'client', id: token?.subjects === 'syncClient' ? token.subject : viewer.user.id };
  }
  return { kind: 'user', id: viewer.user.id };
}

interface LoggedContext {
  request?: Request;
  viewer?: Viewer;
}

/**
 * The request log: a plugin writing one line per request to `logger` (info; debug for /healthz, /readyz and /metrics;
 * error when the answer is a 5xx), and echoing the request id in the `x-request-id` response header.
 */
export function useRequestLog(logger: Logger, authenticate: Authenticator): Plugin {
  return {
    onRequest({ request }) {
      states.set(request, {
        id: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
        started: performance.now(),
        errors: new Set(),
      });
    },
    onParams({ params, request }) {
      const state = states.get(request);
      if (state && typeof params.operationName === 'string' && GRAPHQL_NAME.test(params.operationName)) {
        state.operation = params.operationName;
      }
    },
    onExecute({ args }) {
      const context = args.contextValue as LoggedContext;
      const state = context.request && states.get(context.request);
      if (!state) return;
      const operation = getOperationAST(args.document, args.operationName);
      state.operationType = operation?.operation;
      if (operation?.name?.value) state.operation = operation.name.value;
      state.viewer = context.viewer;
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!one || typeof one !== 'object' || Symbol.asyncIterator in one) continue;
        const executed = one as ExecutionResult;
        codesOf(executed.errors, state.errors);
        const cost = (executed.extensions?.cost as { requested?: unknown } | undefined)?.requested;
        if (typeof cost === 'number') state.cost = (state.cost ?? 0) + cost;
      }
    },
    async onResponse({ request, response }) {
      // Yoga's own routes (/healthz) answer in an earlier onRequest hook: their state starts here.
      const state = states.get(request) ?? {
        id: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
        errors: new Set<string>(),
      };
      const principal = state.viewer ? await principalOf(state.viewer, request, authenticate) : undefined;
      try {
        response.headers.set(REQUEST_ID_HEADER, state.id);
      } catch {
        // A response with immutable headers (a proxied one) keeps its own.
      }
      const route = routeOf(new URL(request.url).pathname);
      const status = response.status;
      const failed = status >= 400 || state.errors.size > 0;
      const line = {
        requestId: state.id,
        method: request.method,
        route,
        ...(state.operation ? { operation: state.operation } : {}),
        ...(state.operationType ? { operationType: state.operationType } : {}),
        ...(principal ? { principal } : {}),
        ...(state.cost !== undefined ? { cost: state.cost } : {}),
        ...(state.started !== undefined
          ? { durationMs: Math.round((performance.now() - state.started) * 1000) / 1000 }
          : {}),
        status,
        outcome: failed ? 'error' : 'ok',
        ...(state.errors.size ? { errors: [...state.errors] } : {}),
      };
      if (status >= 500) logger.error(line, 'request');
      else if (QUIET_ROUTES.has(route) && !failed) logger.debug(line, 'request');
      else logger.info(line, 'request');
    },
  };
}
