import type { YogaInitialContext } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { JWTVerifyGetKey } from 'jose';
import { bearerToken, InvalidTokenError, verifyToken, type TokenPolicy } from './auth/jwt.js';
import { Viewer } from './auth/viewer.js';
import type { Database } from './db/client.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { FileServices } from './storage/file-storage.js';

export interface Context {
  db: Database;
  viewer: Viewer;
  loaders: Loaders;
  /** File storage and the secret signing download links. */
  files: FileServices;
}

export interface ContextDeps {
  db: Database;
  keys: JWTVerifyGetKey;
  policy: TokenPolicy;
  files: FileServices;
}

function unauthenticated(reason: string) {
  return new GraphQLError(`Unauthenticated: ${reason}.`, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"` } },
    },
  });
}

/** Resolves the viewer of a request: anonymous without a token; a 401 for a token we cannot trust. */
export async function viewerFor(request: Request, { db, keys, policy }: ContextDeps): Promise<Viewer> {
  try {
    const token = bearerToken(request.headers.get('authorization'));
    if (!token) return Viewer.anonymous();
    const claims = await verifyToken(token, keys, policy);
    const user = await db.prisma.user.findUnique({
      where: { authSubject: claims.sub },
      select: {
        id: true,
        login: true,
        displayName: true,
        roleAssignments: { select: { role: true, organisationId: true, orgPath: true, organisation: { select: { kind: true } } } },
      },
    });
    if (!user) throw new InvalidTokenError('the subject is not a known user');
    return new Viewer(
      { id: user.id, login: user.login, displayName: user.displayName },
      user.roleAssignments.map((a) => ({ role: a.role, organisationId: a.organisationId, orgPath: a.orgPath, organisationKind: a.organisation.kind })),
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
    loaders: createLoaders(deps.db),
    files: deps.files,
  });
}
