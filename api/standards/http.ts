/**
 * What the standards routes share: JSON answers, the 1EdTech imsx_StatusInfo error body (the same shape in CASE 1.1
 * §5 "imsx_StatusInfo", OneRoster 1.2 REST binding §4 and Open Badges 3.0 §6.2 "Imsx_StatusInfo"), and the viewer of
 * a request (the bearer tokens of /graphql; an untrustworthy token is a 401).
 */
import type { Viewer } from '../auth/viewer.js';
import type { Authenticator, ContextDeps } from '../context.js';
import { viewerFor } from '../context.js';
import type { Database } from '../db/client.js';

export type ResponseClass = typeof Response;

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function json(R: ResponseClass, body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new R(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });
}

export type Standard = 'case' | 'oneroster' | 'ob';

/** What went wrong, whatever the standard calls it. */
export type Problem = 'unauthorised' | 'forbidden' | 'missing' | 'badQuery' | 'method';

const HTTP: Record<Problem, number> = { unauthorised: 401, forbidden: 403, missing: 404, badQuery: 400, method: 405 };

/**
 * The codeMinor of each problem: OneRoster 1.2 and CASE 1.1 (British "unauthorisedrequest", "unknownobject") and
 * Open Badges 3.0 §B.3.6 ("unauthorizedrequest", "not_found", "invalid_query_parameter", "not_allowed").
 */
const CODES: Record<Standard, Record<Problem, string>> = {
  oneroster: {
    unauthorised: 'unauthorisedrequest',
    forbidden: 'forbidden',
    missing: 'unknownobject',
    badQuery: 'invaliddata',
    method: 'unsupported',
  },
  case: {
    unauthorised: 'unauthorisedrequest',
    forbidden: 'forbidden',
    missing: 'unknownobject',
    badQuery: 'invaliddata',
    method: 'invaliddata',
  },
  ob: {
    unauthorised: 'unauthorizedrequest',
    forbidden: 'forbidden',
    missing: 'not_found',
    badQuery: 'invalid_query_parameter',
    method: 'not_allowed',
  },
};

/**
 * The imsx_StatusInfo body of a failure. OneRoster 1.2 spells the minor-code container `imsx_CodeMinor`, CASE and
 * Open Badges `imsx_codeMinor`. Open Badges reports a missing object with severity "status" (§B.3.6 not_found).
 */
export function statusInfo(standard: Standard, problem: Problem, description: string, code?: string) {
  const value = code ?? CODES[standard][problem];
  const minor = {
    imsx_codeMinorField: [{ imsx_codeMinorFieldName: 'TargetEndSystem', imsx_codeMinorFieldValue: value }],
  };
  return {
    imsx_codeMajor: 'failure',
    imsx_severity: standard === 'ob' && problem === 'missing' ? 'status' : 'error',
    imsx_description: description,
    ...(standard === 'oneroster' ? { imsx_CodeMinor: minor } : { imsx_codeMinor: minor }),
  };
}

/** A failure answer: the HTTP status of the problem and the standard's imsx_StatusInfo (`code` overrides its codeMinor). */
export function failure(
  R: ResponseClass,
  standard: Standard,
  problem: Problem,
  description: string,
  { headers = {}, code }: { headers?: Record<string, string>; code?: string } = {},
) {
  const allow: Record<string, string> = problem === 'method' ? { allow: 'GET, HEAD' } : {};
  return json(R, statusInfo(standard, problem, description, code), HTTP[problem], { ...allow, ...headers });
}

/** A 401 of the viewer resolution (bad, expired or unknown token; deactivated user). */
export class Unauthenticated extends Error {
  constructor(
    message: string,
    readonly wwwAuthenticate: string,
  ) {
    super(message);
  }
}

/** The viewer of a request: anonymous without a token; Unauthenticated for a token that cannot be trusted. */
export async function requestViewer(request: Request, deps: StandardsRouteDeps): Promise<Viewer> {
  try {
    return await viewerFor(request, deps);
  } catch (error) {
    const http = (error as { extensions?: { http?: { status?: number; headers?: Record<string, string> } } }).extensions
      ?.http;
    if (http?.status === 401) {
      throw new Unauthenticated(
        (error as Error).message,
        http.headers?.['WWW-Authenticate'] ?? 'Bearer error="invalid_token"',
      );
    }
    throw error;
  }
}

/** `2026-12-02T11:48:23.123Z` from a Date or a database timestamp text without a zone. */
export function isoUtc(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  const text = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  return new Date(text).toISOString();
}

/** What the standards routes run with (api/server/yoga.ts passes it). */
export interface StandardsRouteDeps {
  db: Database;
  /** Verifies a request's bearer token (the same as /graphql's). */
  authenticate: Authenticator;
  /** Resolves the viewer of a request (cached like /graphql's). */
  viewers: Pick<ContextDeps, 'viewers'>['viewers'];
  /** The API's public address, no trailing slash. */
  baseUrl: string;
}
