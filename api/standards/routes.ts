/**
 * The standards routes beside /graphql, answered before GraphQL sees the request, with /graphql's bearer tokens:
 *
 *   /ims/case/v1p1/…                    CASE 1.1: the catalogues as CFDocuments and CFPackages (public) — case.ts
 *   /ims/oneroster/rostering/v1p2/…     OneRoster 1.2 rostering reads (roster:read) — oneroster.ts
 *   /ims/ob/v3p0/…                      Open Badges 3.0: the signed-in teacher's credentials and profile — open-badges.ts
 *
 * A token that cannot be trusted is a 401 with the standard's imsx_StatusInfo body, on every route (public ones too).
 */
import type { Plugin } from 'graphql-yoga';
import { CASE_BASE, handleCase } from './case.js';
import { failure, requestViewer, type Standard, type StandardsRouteDeps, Unauthenticated } from './http.js';

export type { StandardsRouteDeps };

import { handleOneRoster, ONEROSTER_BASE } from './oneroster.js';
import { handleOpenBadges, OB_BASE } from './open-badges.js';

function standardOf(pathname: string): Standard | null {
  if (pathname.startsWith(`${CASE_BASE}/`)) return 'case';
  if (pathname.startsWith(`${ONEROSTER_BASE}/`)) return 'oneroster';
  if (pathname.startsWith(`${OB_BASE}/`)) return 'ob';
  return null;
}

/** Answers a standards route, or null when the path is none of theirs. */
export async function handleStandardsRoute(
  request: Request,
  url: URL,
  deps: StandardsRouteDeps,
  R: typeof Response = Response,
): Promise<Response | null> {
  const standard = standardOf(url.pathname);
  if (!standard) return null;
  const base = { db: deps.db, baseUrl: deps.baseUrl };
  try {
    const viewer = await requestViewer(request, deps);
    const answer =
      standard === 'case'
        ? await handleCase(request, url, base, R)
        : standard === 'oneroster'
          ? await handleOneRoster(request, url, viewer, base, R)
          : await handleOpenBadges(request, url, viewer, base, R);
    return answer ?? failure(R, standard, 'missing', `No route ${url.pathname}.`);
  } catch (error) {
    if (error instanceof Unauthenticated) {
      return failure(R, standard, 'unauthorised', error.message, {
        headers: { 'www-authenticate': error.wwwAuthenticate },
      });
    }
    throw error;
  }
}

/** The CASE, OneRoster and Open Badges routes (see the files beside this one). */
export function useStandardsRoutes(deps: StandardsRouteDeps): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!standardOf(url.pathname)) return;
      const response = await handleStandardsRoute(request, url, deps, fetchAPI.Response);
      if (response) endResponse(response);
    },
  };
}
