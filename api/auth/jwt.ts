import { createRemoteJWKSet, decodeJwt, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

export interface TokenPolicy {
  issuer: string;
  audience: string;
  /** Accepted signing algorithms; anything else (including `none`) is refused. */
  algorithms: string[];
}

/** Why a presented bearer token cannot be trusted. */
export type TokenProblem =
  | 'EXPIRED'
  | 'CLAIM_REJECTED'
  | 'ALGORITHM_REJECTED'
  | 'BAD_SIGNATURE'
  | 'NO_MATCHING_KEY'
  | 'MALFORMED'
  | 'BAD_SUBJECT'
  | 'UNKNOWN_ISSUER'
  | 'UNKNOWN_USER'
  | 'DEACTIVATED'
  | 'BAD_HEADER'
  | 'UNVERIFIABLE';

/** The reason in English, for the WWW-Authenticate challenge and logs. */
const REASONS: Record<TokenProblem, (claim: string) => string> = {
  EXPIRED: () => 'expired',
  CLAIM_REJECTED: (claim) => `claim ${claim} is not accepted`,
  ALGORITHM_REJECTED: () => 'signing algorithm is not accepted',
  BAD_SIGNATURE: () => 'signature does not verify',
  NO_MATCHING_KEY: () => 'no matching signing key',
  MALFORMED: () => 'malformed',
  BAD_SUBJECT: () => 'claim sub must be a string of 1 to 255 printable characters',
  UNKNOWN_ISSUER: () => 'claim iss does not name an issuer this API trusts',
  UNKNOWN_USER: () => 'the subject is not a known user',
  DEACTIVATED: () => 'the user is deactivated',
  BAD_HEADER: () => 'Authorization header is not "Bearer <token>"',
  UNVERIFIABLE: () => 'cannot be verified',
};

/** A bearer token was presented but cannot be trusted. */
export class InvalidTokenError extends Error {
  readonly reason: string;
  constructor(
    readonly problem: TokenProblem,
    readonly claim = '',
  ) {
    const reason = REASONS[problem](claim);
    super(`invalid token: ${reason}`);
    this.reason = reason;
    this.name = 'InvalidTokenError';
  }
}

export function remoteKeySet(url: URL): JWTVerifyGetKey {
  return createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
}

function problemOf(error: unknown): InvalidTokenError {
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('EXPIRED');
  if (error instanceof errors.JWTClaimValidationFailed) return new InvalidTokenError('CLAIM_REJECTED', error.claim);
  if (error instanceof errors.JOSEAlgNotAllowed) return new InvalidTokenError('ALGORITHM_REJECTED');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new InvalidTokenError('BAD_SIGNATURE');
  if (error instanceof errors.JWKSNoMatchingKey) return new InvalidTokenError('NO_MATCHING_KEY');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return new InvalidTokenError('MALFORMED');
  return new InvalidTokenError('UNVERIFIABLE');
}

/** A subject (and an issuer) this API accepts: 1 to 255 characters, none of them a control or format character. */
export const SUBJECT = /^[^\p{C}]{1,255}$/u;

/**
 * The `iss` claim of a compact JWT, read without verifying anything: only to choose whose keys and policy verify the
 * token. Nothing else may be trusted before that verification.
 */
export function unverifiedIssuer(token: string): string {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token);
  } catch {
    throw new InvalidTokenError('MALFORMED');
  }
  if (typeof claims.iss !== 'string' || !SUBJECT.test(claims.iss)) throw new InvalidTokenError('UNKNOWN_ISSUER');
  return claims.iss;
}

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
    if (typeof payload.sub !== 'string' || !SUBJECT.test(payload.sub)) throw new InvalidTokenError('BAD_SUBJECT');
    return payload as JWTPayload & { sub: string };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    throw problemOf(error);
  }
}

/** The bearer token of an Authorization header, or null when there is none. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) throw new InvalidTokenError('BAD_HEADER');
  return token;
}
