/**
 * Sync clients' own tokens (RFC 7523-style client assertions): a provincial or district system registered as a
 * SyncClient signs a short-lived JWT with its own private key, `iss` = `sub` = its client id (a UUID), `aud` = this
 * API's audience. It is verified against the client's active registered keys (SyncClientKey.publicJwk) or the key set
 * it publishes (SyncClient.jwksUrl). A revoked client or key is refused from the next request: the keys read from the
 * database are kept only while the database's change notifications are heard (VIEWER_CHANGE_CHANNEL, sent on every
 * SyncClient and SyncClientKey change), and dropped on each.
 */
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/client.js';
import { InvalidTokenError, remoteKeySet } from './jwt.js';
import { VIEWER_CHANGE_CHANNEL } from './viewer-cache.js';

/** The signing algorithms a sync client may use; anything else (HS256, `none`…) is refused. */
export const SYNC_CLIENT_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'] as const;

/** Clock skew tolerated on exp, iat and nbf, in seconds. */
export const ASSERTION_CLOCK_TOLERANCE_SECONDS = 5;

/** A client id: the SyncClient's UUID. Only an `iss` of this shape makes the verifier read the database. */
const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isClientId = (value: string): boolean => CLIENT_ID.test(value);

/** Why a sync client's assertion is refused, besides the token problems every token has (api/auth/jwt.ts). */
export type SyncClientProblem = 'CLIENT_REVOKED' | 'KEY_REVOKED' | 'ASSERTION_TOO_LONG';

const REASONS: Record<SyncClientProblem, (max: number) => string> = {
  CLIENT_REVOKED: () => 'the sync client is revoked',
  KEY_REVOKED: () => 'the signing key (kid) is revoked',
  ASSERTION_TOO_LONG: (max) => `the assertion lives longer than ${max} seconds (exp - iat)`,
};

/** A client assertion that cannot be trusted for a sync-client reason (a 401 like InvalidTokenError). */
export class SyncClientTokenError extends Error {
  readonly reason: string;
  readonly claim = '';
  constructor(
    readonly problem: SyncClientProblem,
    readonly maxSeconds = 0,
  ) {
    const reason = REASONS[problem](maxSeconds);
    super(`invalid token: ${reason}`);
    this.reason = reason;
    this.name = 'SyncClientTokenError';
  }
}

/** A registered client as verification needs it. */
export interface ClientRecord {
  id: string;
  userId: string;
  revoked: boolean;
  jwksUrl: string | null;
  keys: Array<{ kid: string; publicJwk: JWK; revoked: boolean }>;
}

/** The client and the key set its assertions verify against. */
interface ClientKeys {
  record: ClientRecord;
  keys: JWTVerifyGetKey;
}

/** Remote key sets by URL, kept for the process (jose caches the fetched keys and refetches on an unknown kid). */
const remoteSets = new Map<string, JWTVerifyGetKey>();
function remoteSetOf(url: string): JWTVerifyGetKey {
  let set = remoteSets.get(url);
  if (!set) {
    if (remoteSets.size > 1000) remoteSets.clear();
    set = remoteKeySet(new URL(url));
    remoteSets.set(url, set);
  }
  return set;
}

function keysOf(record: ClientRecord): JWTVerifyGetKey {
  if (record.jwksUrl) return remoteSetOf(record.jwksUrl);
  const active = record.keys.filter((key) => !key.revoked).map((key) => ({ ...key.publicJwk, kid: key.kid }));
  return createLocalJWKSet({ keys: active });
}

async function readClient(db: Database, clientId: string): Promise<ClientRecord | null> {
  const row = await db.prisma.syncClient.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      userId: true,
      revokedAt: true,
      jwksUrl: true,
      keys: { select: { kid: true, publicJwk: true, revokedAt: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    userId: row.userId,
    revoked: row.revokedAt !== null,
    jwksUrl: row.jwksUrl,
    keys: row.keys.map((key) => ({ kid: key.kid, publicJwk: key.publicJwk as JWK, revoked: key.revokedAt !== null })),
  };
}

/**
 * Registered clients' keys, read from the database and kept while the database's change notifications are heard:
 * every SyncClient or SyncClientKey change (and any user or role change) empties it on every API instance, so a
 * revocation applies at the next request. Without `listening` (tests, or a lost connection) it keeps nothing.
 */
export class SyncClientKeyStore {
  private readonly entries = new LRUCache<string, ClientKeys>({ max: 1000, ttl: 10 * 60_000 });
  private generation = 0;
  private live = false;

  constructor(private readonly db: Database) {}

  /** A store that caches from the moment the database confirms it listens, and stops when it closes. */
  static async listening(db: Database): Promise<SyncClientKeyStore> {
    const store = new SyncClientKeyStore(db);
    await db.listen(VIEWER_CHANGE_CHANNEL, {
      notified: () => store.invalidate(),
      listening: (on) => {
        store.invalidate();
        store.live = on;
      },
    });
    return store;
  }

  /** The client's record and key set; null when no client has this id. */
  async get(clientId: string): Promise<ClientKeys | null> {
    const cached = this.live ? this.entries.get(clientId) : undefined;
    if (cached) return cached;
    const ticket = this.generation;
    const record = await readClient(this.db, clientId);
    if (!record) return null;
    const entry = { record, keys: keysOf(record) };
    if (this.live && ticket === this.generation) this.entries.set(clientId, entry);
    return entry;
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface SyncClientVerification {
  store: SyncClientKeyStore;
  /** The API's audience: the `aud` every assertion must name. */
  audience: string;
  /** The longest lifetime (exp - iat) accepted, in seconds (context.integration.assertionMaxSeconds). */
  maxLifetimeSeconds: number;
}

export interface VerifiedAssertion {
  clientId: string;
  userId: string;
  claims: JWTPayload & { sub: string };
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

/**
 * Verifies a client assertion whose (unverified) `iss` is `clientId`: the client must exist (else UNKNOWN_ISSUER) and
 * not be revoked (CLIENT_REVOKED); the token must be signed by one of its active keys with an accepted algorithm
 * (KEY_REVOKED when its `kid` names a revoked key), `sub` = `iss` = the client id, `aud` = the API's audience,
 * `exp` and `iat` present and `exp - iat` at most `maxLifetimeSeconds` (ASSERTION_TOO_LONG).
 */
export async function verifyClientAssertion(
  token: string,
  clientId: string,
  { store, audience, maxLifetimeSeconds }: SyncClientVerification,
): Promise<VerifiedAssertion> {
  const client = await store.get(clientId);
  if (!client) throw new InvalidTokenError('UNKNOWN_ISSUER');
  if (client.record.revoked) throw new SyncClientTokenError('CLIENT_REVOKED');
  // Refused before the signature: the lifetime is visible in the token, and a token that lives too long is refused
  // whoever signed it.
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token);
  } catch {
    throw new InvalidTokenError('MALFORMED');
  }
  if (
    typeof unverified.exp === 'number' &&
    typeof unverified.iat === 'number' &&
    unverified.exp - unverified.iat > maxLifetimeSeconds
  ) {
    throw new SyncClientTokenError('ASSERTION_TOO_LONG', maxLifetimeSeconds);
  }
  if (!client.record.jwksUrl) {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw new InvalidTokenError('MALFORMED');
    }
    const named = kid === undefined ? [] : client.record.keys.filter((key) => key.kid === kid);
    if (named.length > 0 && named.every((key) => key.revoked)) throw new SyncClientTokenError('KEY_REVOKED');
  }
  try {
    const { payload } = await jwtVerify(token, client.keys, {
      issuer: clientId,
      subject: clientId,
      audience,
      algorithms: [...SYNC_CLIENT_ALGORITHMS],
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
      clockTolerance: ASSERTION_CLOCK_TOLERANCE_SECONDS,
      // Refuses an `iat` in the future (beyond the tolerance) and one older than the longest lifetime.
      maxTokenAge: maxLifetimeSeconds,
    });
    return { clientId, userId: client.record.userId, claims: payload as JWTPayload & { sub: string } };
  } catch (error) {
    throw problemOf(error);
  }
}
