import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { bearerToken, InvalidTokenError, type TokenPolicy, verifyToken } from './auth/jwt.js';
import { Viewer } from './auth/viewer.js';
import type { Database } from './db/client.js';
import type { FileServices } from './storage/file-storage.js';

export interface Context {
  db: Database;
  viewer: Viewer;
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
}

function unauthenticated(reason: string) {
  return new GraphQLError(`Unauthenticated: ${reason}.`, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: {
        status: 401,
        headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"` },
      },
    },
  });
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
      if (error instanceof InvalidTokenError) throw unauthenticated(error.reason);
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
  { db, authenticate }: Pick<ContextDeps, 'db' | 'authenticate'>,
): Promise<Viewer> {
  const claims = await authenticate(request);
  if (!claims) return Viewer.anonymous();
  try {
    const user = await db.prisma.user.findUnique({
      where: { authSubject: claims.sub },
      select: {
        id: true,
        login: true,
        displayName: true,
        roleAssignments: {
          select: { role: true, organisationId: true, orgPath: true, organisation: { select: { kind: true } } },
        },
      },
    });
    if (!user) throw new InvalidTokenError('the subject is not a known user');
    return new Viewer(
      { id: user.id, login: user.login, displayName: user.displayName },
      user.roleAssignments.map((a) => ({
        role: a.role,
        organisationId: a.organisationId,
        orgPath: a.orgPath,
        organisationKind: a.organisation.kind,
      })),
    );
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.reason);
    throw error;
  }
}

export function createContextFactory(deps: ContextDeps) {
  return async ({ request }: YogaInitialContext): Promise<Context> => ({
    db: deps.db,
    viewer: await viewerFor(request, deps),
    files: deps.files,
    keys: deps.keys,
  });
}
