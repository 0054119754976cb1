import type { YogaInitialContext } from 'graphql-yoga';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { bearerToken, InvalidTokenError, type TokenPolicy, verifyToken } from './auth/jwt.js';
import { Viewer } from './auth/viewer.js';
import type { ViewerCache } from './auth/viewer-cache.js';
import type { Database } from './db/client.js';
import { localizedError } from './i18n/localized-errors.js';
import { defineMessages, type Locale, negotiateLocale } from './i18n/messages.js';
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
}

export interface ContextDeps {
  db: Database;
  authenticate: Authenticator;
  files: FileServices;
  keys: Context['keys'];
  /** Language of requests that ask for none of ours. */
  defaultLocale: Locale;
  /** Viewers kept between requests (VIEWER_CACHE_SECONDS); null to read the viewer on every request. */
  viewers?: ViewerCache | null;
}

defineMessages({
  UNAUTHENTICATED: {
    en: 'Unauthenticated: {reason}.',
    'zh-CN':
      '身份验证失败：{problem, select, EXPIRED {令牌已过期} CLAIM_REJECTED {令牌的 {claim} 声明不被接受} ' +
      'ALGORITHM_REJECTED {签名算法不被接受} BAD_SIGNATURE {签名无效} NO_MATCHING_KEY {没有匹配的签名密钥} ' +
      'MALFORMED {令牌格式不正确} BAD_SUBJECT {sub 声明须为 1 到 255 个可打印字符} UNKNOWN_USER {令牌的主体不是已知用户} ' +
      'BAD_HEADER {Authorization 请求头不是“Bearer <令牌>”} other {令牌无法验证}}。',
  },
});

function unauthenticated({ reason, problem, claim }: InvalidTokenError) {
  return localizedError(
    'UNAUTHENTICATED',
    { reason, problem, claim },
    {
      http: {
        status: 401,
        headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"` },
      },
    },
  );
}

export type Claims = JWTPayload & { sub: string };

/**
 * Verifies a request's bearer token once per request (the result is kept for the request's
 * lifetime), without touching the database: null without a token, a 401 error for a token that
 * cannot be trusted. Early hooks (introspection policy) and the context share it.
 */
export function createAuthenticator(keys: JWTVerifyGetKey, policy: TokenPolicy) {
  const verified = new WeakMap<Request, Promise<Claims | null>>();
  const verify = async (request: Request): Promise<Claims | null> => {
    try {
      const token = bearerToken(request.headers.get('authorization'));
      return token ? await verifyToken(token, keys, policy) : null;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated(error);
      throw error;
    }
  };
  return (request: Request): Promise<Claims | null> => {
    let claims = verified.get(request);
    if (!claims) {
      claims = verify(request);
      verified.set(request, claims);
    }
    return claims;
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

/** Resolves the viewer of a request: anonymous without a token; a 401 for a token we cannot trust. */
export async function viewerFor(
  request: Request,
  { db, authenticate, viewers }: Pick<ContextDeps, 'db' | 'authenticate' | 'viewers'>,
): Promise<Viewer> {
  const claims = await authenticate(request);
  if (!claims) return Viewer.anonymous();
  const cached = viewers?.get(claims.sub);
  if (cached) return cached;
  const ticket = viewers?.ticket() ?? 0;
  try {
    // One statement: the user, their role assignments and each assignment's organisation kind.
    const user = await db.prisma.user.findUnique({
      where: { login: claims.sub },
      select: {
        id: true,
        login: true,
        displayName: true,
        roleAssignments: {
          select: { role: true, organisationId: true, orgPath: true, organisation: { select: { kind: true } } },
        },
      },
    });
    if (!user) throw new InvalidTokenError('UNKNOWN_USER');
    const viewer = new Viewer(
      { id: user.id, login: user.login, displayName: user.displayName },
      user.roleAssignments.map((a) => ({
        role: a.role,
        organisationId: a.organisationId,
        orgPath: a.orgPath,
        organisationKind: a.organisation.kind,
      })),
    );
    viewers?.set(claims.sub, viewer, ticket);
    return viewer;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error);
    throw error;
  }
}

export function createContextFactory(deps: ContextDeps) {
  return async ({ request }: YogaInitialContext): Promise<Context> => ({
    db: deps.db,
    viewer: await viewerFor(request, deps),
    locale: negotiateLocale(request.headers.get('accept-language'), deps.defaultLocale),
    files: deps.files,
    keys: deps.keys,
  });
}
