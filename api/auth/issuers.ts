import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
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
  cacheSeconds = 0,
): (token: string) => Promise<VerifiedToken> {
  const byIssuer = new Map<string, TrustedIssuer>();
  for (const trusted of issuers) {
    if (byIssuer.has(trusted.policy.issuer)) throw new Error(`issuer ${trusted.policy.issuer} is trusted twice`);
    byIssuer.set(trusted.policy.issuer, trusted);
  }
  const verified = cacheSeconds > 0 ? new VerifiedTokens(cacheSeconds) : null;
  return async (token) => {
    const known = verified?.get(token);
    if (known) return known;
    const issuer = unverifiedIssuer(token);
    const trusted = byIssuer.get(issuer);
    if (!trusted) {
      if (!syncClients || !isClientId(issuer)) throw new InvalidTokenError('UNKNOWN_ISSUER');
      const { clientId, claims } = await verifyClientAssertion(token, issuer, syncClients);
      return { issuer: clientId, subject: clientId, subjects: 'syncClient', claims };
    }
    const claims = await verifyToken(token, trusted.keys, trusted.policy);
    const result: VerifiedToken = {
      issuer: trusted.policy.issuer,
      subject: claims.sub,
      subjects: trusted.subjects,
      claims,
    };
    verified?.set(token, result);
    return result;
  };
}

/**
 * Trusted issuers' tokens verified in the last `seconds`, by their exact text (TOKEN_CACHE_SECONDS). A portal sends
 * the same token with every request of a session, and checking its signature again (about 0.3 ms of CPU for RS256, a
 * sixth of a small page's) proves nothing new. An entry never outlives the token's `exp`, and a token that failed is
 * not kept. Only the signature and claims are kept: who the subject is and whether they are active is still read for
 * every request (through the viewer cache). Sync clients' assertions are never kept, so a revoked client or key is
 * refused from the next request. A key withdrawn from an issuer's key set stops verifying new tokens once jose
 * refetches the set; tokens it verified are honoured for at most `seconds` more. Per instance: what it holds follows
 * from the token and the keys alone.
 */
class VerifiedTokens {
  private readonly entries: LRUCache<string, VerifiedToken>;

  constructor(
    private readonly seconds: number,
    max = 10_000,
  ) {
    this.entries = new LRUCache({ max, ttlAutopurge: false });
  }

  get(token: string): VerifiedToken | undefined {
    const entry = this.entries.get(token);
    // The entry's ttl already ends by `exp`; checked again so a clock step cannot stretch it.
    if (entry && (entry.claims.exp ?? 0) * 1000 <= Date.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry;
  }

  set(token: string, verified: VerifiedToken): void {
    const untilExpiry = (verified.claims.exp ?? 0) * 1000 - Date.now();
    const ttl = Math.min(this.seconds * 1000, untilExpiry);
    if (ttl > 0) this.entries.set(token, verified, { ttl });
  }
}
