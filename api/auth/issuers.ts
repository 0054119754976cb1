import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { InvalidTokenError, type TokenPolicy, unverifiedIssuer, verifyToken } from './jwt.js';
import { isClientId, type SyncClientVerification, verifyClientAssertion } from './sync-clients.js';

/**
 * What a trusted issuer's `sub` names: a user's login (the local development key, whose tokens `npm run token`
 * signs), or a subject linked to a user as a UserIdentity (issuer, subject) (an identity provider: a province's
 * single sign-on).
 */
export type SubjectKind = 'login' | 'identity';

/** An issuer whose tokens the API accepts: its policy (`iss`, audience, algorithms), its keys and what `sub` names. */
export interface TrustedIssuer {
  policy: TokenPolicy;
  keys: JWTVerifyGetKey;
  subjects: SubjectKind;
}

/**
 * A verified token: who issued it, the subject it names and how that subject finds its user. `syncClient`: a sync
 * client's own assertion (api/auth/sync-clients.ts): issuer and subject are its client id, its viewer is its service
 * user.
 */
export interface VerifiedToken {
  issuer: string;
  subject: string;
  subjects: SubjectKind | 'syncClient';
  claims: JWTPayload & { sub: string };
}

/**
 * Verifies tokens from any of `issuers`: the token's `iss`, read unverified, chooses the issuer, whose keys and policy
 * then verify the whole token (its `iss` included). With `syncClients`, an `iss` that is no trusted issuer but is
 * shaped like a client id (a UUID) is a sync client's assertion, verified against that client's registered keys. Any
 * other token is refused (UNKNOWN_ISSUER) before any key is fetched or the database is read.
 */
export function createTokenVerifier(
  issuers: readonly TrustedIssuer[],
  syncClients?: SyncClientVerification | null,
): (token: string) => Promise<VerifiedToken> {
  const byIssuer = new Map<string, TrustedIssuer>();
  for (const trusted of issuers) {
    if (byIssuer.has(trusted.policy.issuer)) throw new Error(`issuer ${trusted.policy.issuer} is trusted twice`);
    byIssuer.set(trusted.policy.issuer, trusted);
  }
  return async (token) => {
    const issuer = unverifiedIssuer(token);
    const trusted = byIssuer.get(issuer);
    if (!trusted) {
      if (!syncClients || !isClientId(issuer)) throw new InvalidTokenError('UNKNOWN_ISSUER');
      const { clientId, claims } = await verifyClientAssertion(token, issuer, syncClients);
      return { issuer: clientId, subject: clientId, subjects: 'syncClient', claims };
    }
    const claims = await verifyToken(token, trusted.keys, trusted.policy);
    return { issuer: trusted.policy.issuer, subject: claims.sub, subjects: trusted.subjects, claims };
  };
}
