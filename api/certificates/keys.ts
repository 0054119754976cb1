/**
 * The certificate issuer's signing keys (IssuerKey rows). The newest unretired row is the current key, read from the
 * database on every issuance so that every API instance signs with the same one; it is created on first use (under a
 * transaction-scoped advisory lock, so two instances starting together make one). `rotateIssuerKey` makes a new current
 * key and retires the others: retired keys stay in the published key set, so what they signed still verifies.
 *
 * Private keys are stored as JWKs sealed with AES-256-GCM under a key derived from CREDENTIAL_KEY_SECRET, the key id
 * bound as additional data (a sealed key copied onto another row does not open).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { PrismaClient } from '../db/client.js';

/** Algorithm of new issuer keys: ECDSA P-256 with SHA-256, supported by every JOSE library. */
export const ISSUER_KEY_ALG = 'ES256';
/** Algorithms credentials may be signed with (keys of either may be in the key set). */
export const CREDENTIAL_ALGORITHMS = ['ES256', 'EdDSA'] as const;

/** Advisory lock key serialising key creation and rotation (any constant unique to this purpose). */
const KEY_LOCK = 7_313_000_013;

const SEAL_VERSION = 'v1';

/** Thrown when a sealed private key cannot be opened (wrong CREDENTIAL_KEY_SECRET, or tampered). */
export class IssuerKeyUnreadableError extends Error {
  constructor(readonly kid: string) {
    super(
      `issuer key ${kid} cannot be decrypted: CREDENTIAL_KEY_SECRET is not the one it was sealed with (rotate with the right secret, or restore it)`,
    );
    this.name = 'IssuerKeyUnreadableError';
  }
}

const sealingKey = (secret: string) => createHash('sha256').update(`tisheng/credential-keys/${secret}`).digest();

/** `v1.<iv>.<tag>.<ciphertext>` (base64url): the JWK encrypted with AES-256-GCM, `kid` as additional data. */
export function sealPrivateJwk(jwk: JWK, secret: string, kid: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  cipher.setAAD(Buffer.from(kid, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(jwk), 'utf8'), cipher.final()]);
  return [SEAL_VERSION, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))].join('.');
}

export function openPrivateJwk(sealed: string, secret: string, kid: string): JWK {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== SEAL_VERSION || !iv || !tag || !body) throw new IssuerKeyUnreadableError(kid);
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(kid, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as JWK;
  } catch {
    throw new IssuerKeyUnreadableError(kid);
  }
}

/** A key to sign with. */
export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
}

type Db = Pick<PrismaClient, 'issuerKey' | '$transaction'>;

interface KeyRow {
  kid: string;
  alg: string;
  privateJwk: string;
}

// Imported private keys by kid and sealed text: a key's row never changes, only whether it is current.
const imported = new Map<string, Promise<CryptoKey>>();

async function signingKeyOf(row: KeyRow, secret: string): Promise<SigningKey> {
  const cacheKey = `${row.kid}\n${row.privateJwk}\n${createHash('sha256').update(secret).digest('hex')}`;
  let key = imported.get(cacheKey);
  if (!key) {
    key = (async () => importJWK(openPrivateJwk(row.privateJwk, secret, row.kid), row.alg) as Promise<CryptoKey>)();
    key.catch(() => imported.delete(cacheKey));
    imported.set(cacheKey, key);
  }
  return { kid: row.kid, alg: row.alg, privateKey: await key };
}

const CURRENT = {
  where: { retiredAt: null },
  orderBy: [{ createdAt: 'desc' as const }, { kid: 'desc' as const }],
  select: { kid: true, alg: true, privateJwk: true },
};

/** A new key pair as a row: kid = the public JWK's SHA-256 thumbprint (RFC 7638). */
export async function newKeyRow(secret: string, alg: string = ISSUER_KEY_ALG) {
  const pair = await generateKeyPair(alg, { extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  const privateJwk = await exportJWK(pair.privateKey);
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  return {
    kid,
    alg,
    publicJwk: { ...publicJwk, kid, alg, use: 'sig' },
    privateJwk: sealPrivateJwk({ ...privateJwk, kid, alg }, secret, kid),
  };
}

/** The current signing key, created on first use (one for every instance: made under an advisory lock). */
export async function currentIssuerKey(db: Db, secret: string): Promise<SigningKey> {
  const found = await db.issuerKey.findFirst(CURRENT);
  if (found) return signingKeyOf(found, secret);
  const fresh = await newKeyRow(secret);
  const row = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${KEY_LOCK}::bigint)::text`;
    const again = await tx.issuerKey.findFirst(CURRENT);
    if (again) return again;
    return tx.issuerKey.create({ data: fresh, select: CURRENT.select });
  });
  return signingKeyOf(row, secret);
}

/**
 * Rotation: a new current key; every other key is retired (it signs nothing new) but stays published, so the
 * credentials it signed still verify. Returns the new key's id and the ids it retired.
 */
export async function rotateIssuerKey(
  db: Db,
  secret: string,
  alg: string = ISSUER_KEY_ALG,
): Promise<{ kid: string; retired: string[] }> {
  const fresh = await newKeyRow(secret, alg);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${KEY_LOCK}::bigint)::text`;
    const current = await tx.issuerKey.findMany({ where: { retiredAt: null }, select: { kid: true } });
    const now = new Date();
    await tx.issuerKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    // A key created after the retirement, in the same transaction: strictly newer than any retired one.
    await tx.issuerKey.create({ data: { ...fresh, createdAt: new Date(now.getTime() + 1) } });
    return { kid: fresh.kid, retired: current.map((key) => key.kid) };
  });
}

/** The published key set: every issuer key's public half, oldest first, retired ones included. */
export async function publishedJwks(db: Pick<PrismaClient, 'issuerKey'>): Promise<{ keys: JWK[] }> {
  const rows = await db.issuerKey.findMany({
    orderBy: [{ createdAt: 'asc' }, { kid: 'asc' }],
    select: { kid: true, alg: true, publicJwk: true },
  });
  return {
    keys: rows.map((row) => ({ ...(row.publicJwk as JWK), kid: row.kid, alg: row.alg, use: 'sig' })),
  };
}
