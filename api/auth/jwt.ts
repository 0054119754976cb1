import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

export interface TokenPolicy {
  issuer: string;
  audience: string;
  /** Accepted signing algorithms; anything else (including `none`) is refused. */
  algorithms: string[];
}

/** A bearer token was presented but cannot be trusted. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

export function remoteKeySet(url: URL): JWTVerifyGetKey {
  return createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'signing algorithm is not accepted';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no matching signing key';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed';
  if (error instanceof errors.JOSEError) return error.code;
  return 'cannot be verified';
}

const SUBJECT = /^[^\p{C}]{1,255}$/u;

/** Verifies a compact JWS against the key set and policy; returns its claims with a subject. */
export async function verifyToken(
  token: string,
  keys: JWTVerifyGetKey,
  policy: TokenPolicy,
): Promise<JWTPayload & { sub: string }> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: policy.issuer,
      audience: policy.audience,
      algorithms: policy.algorithms,
      requiredClaims: ['sub', 'exp'],
    });
    // A signed token may still carry a subject of the wrong shape (a number, an object, a huge string).
    if (typeof payload.sub !== 'string' || !SUBJECT.test(payload.sub))
      throw new InvalidTokenError('claim sub must be a string of 1 to 255 printable characters');
    return payload as JWTPayload & { sub: string };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    throw new InvalidTokenError(reasonOf(error));
  }
}

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new InvalidTokenError('Authorization header is not "Bearer <token>"');
  return match[1]!;
}
