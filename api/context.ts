import type { YogaInitialContext } from 'graphql-yoga';
import { createTokenVerifier, type TrustedIssuer, type VerifiedToken } from './auth/issuers.js';
import { bearerToken, InvalidTokenError } from './auth/jwt.js';
import { SyncClientTokenError, type SyncClientVerification } from './auth/sync-clients.js';
import { Viewer } from './auth/viewer.js';
import type { ViewerCache } from './auth/viewer-cache.js';
import type { Database } from './db/client.js';
import { Prisma } from './db/generated/prisma/client.js';
import type { OrganisationKind, Role } from './db/generated/prisma/enums.js';
import type { EventBus } from './events/index.js';
import { localizedError } from './i18n/localized-errors.js';
import { defineMessages, type Locale, negotiateLocale } from './i18n/messages.js';
import type { IntegrationSettings } from './integration/settings.js';
import type { JobQueue } from './jobs/queue.js';
import type { FileServices } from './storage/file-storage.js';

export interface Context {
  db: Database;
  viewer: Viewer;
  /** The language messages are written in: Accept-Language (zh-CN or en), else the configured default. */
  locale: Locale;
  /** Secrets the resolvers use: the HMAC key national ID numbers are hashed with (NATIONAL_ID_KEY). */
  keys: { nationalId: string };
  /** File storage and the secret signing download links. */
  files: FileServices;
  /** The event bus of subscriptions (in-process, or Redis with REDIS_URL). */
  events: EventBus;
  /** The durable job queue (api/jobs); null where the app runs without one (most tests). */
  jobs: JobQueue | null;
  /** Provincial integration settings: assertions, idempotency, webhooks, exports. */
  integration: IntegrationSettings;
  /** The `aud` of this API's tokens (AUTH_AUDIENCE): sync clients put it in their assertions. */
  audience: string;
}

export interface ContextDeps {
  db: Database;
  authenticate: Authenticator;
  files: FileServices;
  events: EventBus;
  keys: Context['keys'];
  /** Language of requests that ask for none of ours. */
  defaultLocale: Locale;
  /** Viewers kept between requests (VIEWER_CACHE_SECONDS); null to read the viewer on every request. */
  viewers?: ViewerCache | null;
  jobs: JobQueue | null;
  integration: IntegrationSettings;
  /** The `aud` of this API's tokens (AUTH_AUDIENCE). */
  audience: string;
}

defineMessages({
  UNAUTHENTICATED: {
    en: 'Unauthenticated: {reason}.',
    'zh-CN':
      '身份验证失败：{problem, select, EXPIRED {令牌已过期} CLAIM_REJECTED {令牌的 {claim} 声明不被接受} ' +
      'ALGORITHM_REJECTED {签名算法不被接受} BAD_SIGNATURE {签名无效} NO_MATCHING_KEY {没有匹配的签名密钥} ' +
      'MALFORMED {令牌格式不正确} BAD_SUBJECT {sub 声明须为 1 到 255 个可打印字符} ' +
      'UNKNOWN_ISSUER {令牌的 iss 声明不是本服务信任的签发方} UNKNOWN_USER {令牌的主体不是已知用户} DEACTIVATED {该用户已停用} ' +
      'BAD_HEADER {Authorization 请求头不是“Bearer <令牌>”} CLIENT_REVOKED {该同步客户端已被撤销} ' +
      'KEY_REVOKED {签名密钥（kid）已被撤销} ASSERTION_TOO_LONG {断言有效期（exp − iat）超过允许的上限} other {令牌无法验证}}。',
  },
});

/** A 401: `extensions.problem` says why (EXPIRED, UNKNOWN_ISSUER, UNKNOWN_USER, DEACTIVATED…), for clients to switch on. */
function unauthenticated({ reason, problem, claim }: InvalidTokenError | SyncClientTokenError) {
  return localizedError(
    'UNAUTHENTICATED',
    { reason, problem, claim },
    {
      problem,
      http: {
        status: 401,
        headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"` },
      },
    },
  );
}

/**
 * Verifies a request's bearer token once per request (the result is kept for the request's
 * lifetime): null without a token, a 401 error for a token that cannot be trusted (its issuer is not one of
 * `issuers`, or their keys and policy refuse it). With `syncClients`, a token whose `iss` is a registered sync client's
 * id is its client assertion, verified against the client's keys (read from the database unless cached: only for a
 * UUID-shaped `iss`). Early hooks (introspection policy) and the context share it. With `tokenCacheSeconds`, trusted
 * issuers' tokens verified in that many seconds are not verified again (TOKEN_CACHE_SECONDS, api/auth/issuers.ts).
 */
export function createAuthenticator(
  issuers: readonly TrustedIssuer[],
  syncClients?: SyncClientVerification | null,
  tokenCacheSeconds = 0,
) {
  const verifyToken = createTokenVerifier(issuers, syncClients, tokenCacheSeconds);
  const verified = new WeakMap<Request, Promise<VerifiedToken | null>>();
  const verify = async (request: Request): Promise<VerifiedToken | null> => {
    try {
      const token = bearerToken(request.headers.get('authorization'));
      return token ? await verifyToken(token) : null;
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof SyncClientTokenError) throw unauthenticated(error);
      throw error;
    }
  };
  return (request: Request): Promise<VerifiedToken | null> => {
    let token = verified.get(request);
    if (!token) {
      token = verify(request);
      verified.set(request, token);
    }
    return token;
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

interface ViewerRow {
  id: string;
  login: string;
  displayName: string;
  deactivatedAt: Date | null;
  roleAssignments: Array<{ role: Role; organisationId: string; orgPath: string; organisationKind: OrganisationKind }>;
}

/** How stale User.lastSeenAt may grow before a cache miss writes it again. */
const LAST_SEEN_EVERY = Prisma.sql`interval '1 hour'`;

/**
 * The user a verified token names, with their role assignments (one statement): by login for the development key,
 * by the linked UserIdentity (issuer, subject) for an identity provider, the service user of a sync client (not
 * revoked) for its assertion; null when there is none.
 *
 * The same statement records that the person uses the API (User.lastSeenAt, "registered" in the consoles) when it is
 * older than an hour: only a cache miss runs it, so cached requests write nothing, and the User trigger ignores
 * updates of lastSeenAt alone (migration 20261204010001), so the write does not empty the viewer caches.
 */
async function userOf(db: Database, token: VerifiedToken): Promise<ViewerRow | null> {
  const target =
    token.subjects === 'login'
      ? Prisma.sql`SELECT u.id FROM "User" u WHERE u.login = ${token.subject}`
      : token.subjects === 'syncClient'
        ? Prisma.sql`SELECT c."userId" AS id FROM "SyncClient" c WHERE c.id = ${token.subject} AND c."revokedAt" IS NULL`
        : Prisma.sql`SELECT i."userId" AS id FROM "UserIdentity" i WHERE i.issuer = ${token.issuer} AND i.subject = ${token.subject}`;
  const rows = await db.prisma.$queryRaw<ViewerRow[]>`
    WITH target AS (${target}),
    touched AS (
      UPDATE "User" u SET "lastSeenAt" = (now() AT TIME ZONE 'UTC')
        FROM target
       WHERE u.id = target.id AND u."deactivatedAt" IS NULL
         AND (u."lastSeenAt" IS NULL OR u."lastSeenAt" < (now() AT TIME ZONE 'UTC') - ${LAST_SEEN_EVERY})
      RETURNING u.id)
    SELECT u.id, u.login, u."displayName", u."deactivatedAt",
           coalesce((SELECT json_agg(json_build_object('role', ra.role, 'organisationId', ra."organisationId",
                                                       'orgPath', ra."orgPath", 'organisationKind', o.kind))
                       FROM "RoleAssignment" ra JOIN "Organisation" o ON o.id = ra."organisationId"
                      WHERE ra."userId" = u.id), '[]'::json) AS "roleAssignments"
      FROM "User" u JOIN target ON target.id = u.id`;
  return rows[0] ?? null;
}

/**
 * Resolves the viewer of a request: anonymous without a token; a 401 for a token we cannot trust, one naming no
 * user (UNKNOWN_USER) or a deactivated user (DEACTIVATED).
 */
export async function viewerFor(
  request: Request,
  { db, authenticate, viewers }: Pick<ContextDeps, 'db' | 'authenticate' | 'viewers'>,
): Promise<Viewer> {
  const token = await authenticate(request);
  if (!token) return Viewer.anonymous();
  const cached = viewers?.get(token.issuer, token.subject);
  if (cached) return cached;
  const ticket = viewers?.ticket() ?? 0;
  try {
    const user = await userOf(db, token);
    // A verified client assertion whose client has no active service user: revoked since its keys were read.
    if (!user && token.subjects === 'syncClient') throw new SyncClientTokenError('CLIENT_REVOKED');
    if (!user) throw new InvalidTokenError('UNKNOWN_USER');
    // Deactivation applies from the next request: the cache is dropped on any change to a user.
    if (user.deactivatedAt) throw new InvalidTokenError('DEACTIVATED');
    const viewer = new Viewer(
      { id: user.id, login: user.login, displayName: user.displayName },
      user.roleAssignments.map((a) => ({
        role: a.role,
        organisationId: a.organisationId,
        orgPath: a.orgPath,
        organisationKind: a.organisationKind,
      })),
    );
    viewers?.set(token.issuer, token.subject, viewer, ticket);
    return viewer;
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof SyncClientTokenError) throw unauthenticated(error);
    throw error;
  }
}

export function createContextFactory(deps: ContextDeps) {
  return async ({ request }: YogaInitialContext): Promise<Context> => ({
    db: deps.db,
    viewer: await viewerFor(request, deps),
    locale: negotiateLocale(request.headers.get('accept-language'), deps.defaultLocale),
    files: deps.files,
    events: deps.events,
    keys: deps.keys,
    jobs: deps.jobs,
    integration: deps.integration,
    audience: deps.audience,
  });
}
