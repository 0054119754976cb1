/**
 * Open Badges 3.0 API (§6 "Open Badges API", read side), base /ims/ob/v3p0:
 *
 *   GET /credentials?limit&offset&since   the signed-in person's own certificates as VC-JWTs
 *                                         (GetOpenBadgeCredentialsResponse §B.2.1: `compactJwsString`), newest first;
 *                                         X-Total-Count and Link headers; `since`: issued at or after that time
 *   GET /profile                          the signed-in person's Profile (id, type, name)
 *
 * Only the viewer's own certificates are ever listed (revoked ones too: their status list says so). Anonymous: 401;
 * a sync client (a system, holding no credentials): 403. The discovery document (§6.1 getServiceDescription) is not
 * served: the API's tokens come from the province's identity provider, not the OAuth 2.0 dynamic registration it
 * describes.
 */

import type { Viewer } from '../auth/viewer.js';
import { CREDENTIAL_CONTEXTS } from '../certificates/credential.js';
import type { Database } from '../db/client.js';
import { failure, json, type ResponseClass } from './http.js';
import { pageLinks, parsePage, QueryError, utcTimestamp } from './oneroster-filter.js';

export const OB_BASE = '/ims/ob/v3p0';

/** The Profile id of a person: a URN of their user id (no public page names them). */
export const profileId = (userId: string) => `urn:uuid:${userId}`;

export async function handleOpenBadges(
  request: Request,
  url: URL,
  viewer: Viewer,
  { db, baseUrl }: { db: Database; baseUrl: string },
  R: ResponseClass,
): Promise<Response | null> {
  const path = url.pathname.slice(OB_BASE.length);
  if (path !== '/credentials' && path !== '/profile') return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return failure(R, 'ob', 'method', 'Only GET is supported.');
  }
  const user = viewer.user;
  if (!user)
    return failure(R, 'ob', 'unauthorised', 'A bearer token is required.', {
      headers: { 'www-authenticate': 'Bearer' },
    });
  if (viewer.isSyncClient) return failure(R, 'ob', 'forbidden', 'Sync clients hold no credentials.');
  if (path === '/profile') {
    return json(R, {
      '@context': CREDENTIAL_CONTEXTS,
      id: profileId(user.id),
      type: ['Profile'],
      name: user.displayName,
    });
  }
  let page: ReturnType<typeof parsePage>;
  let since: string | null = null;
  try {
    page = parsePage(url.searchParams.get('limit'), url.searchParams.get('offset'));
    const sinceText = url.searchParams.get('since');
    if (sinceText !== null) {
      since = utcTimestamp(sinceText);
      if (since === null) throw new QueryError('invaliddata', 'since is an ISO 8601 date-time.');
    }
  } catch (error) {
    if (error instanceof QueryError) return failure(R, 'ob', 'badQuery', error.message);
    throw error;
  }
  const where = { teacherId: user.id, ...(since ? { issuedAt: { gte: new Date(`${since}Z`) } } : {}) };
  const [total, rows] = await Promise.all([
    db.prisma.certificate.count({ where }),
    db.prisma.certificate.findMany({
      where,
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      skip: page.offset,
      take: page.limit,
      select: { credential: true },
    }),
  ]);
  const links = pageLinks(new URL(url.pathname + url.search, baseUrl), page, total);
  return json(R, { compactJwsString: rows.map((row) => row.credential) }, 200, {
    'x-total-count': String(total),
    ...(links ? { link: links } : {}),
  });
}
