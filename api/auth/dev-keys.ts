import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';

const ALGORITHM = 'ES256';

/** A signing key for development and tests, kept in DATA_DIR: trusted outside production only; its tokens name a login. */
export interface DevKey {
  privateJwk: JWK & { kid: string };
  publicJwk: JWK & { kid: string };
}

export async function generateDevKey(): Promise<DevKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM, use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
  };
}

/** Reads the development key kept in the data directory, creating it on first use. */
export async function loadOrCreateDevKey(dataDir: string): Promise<DevKey> {
  const file = path.join(dataDir, 'dev-signing-key.json');
  if (existsSync(file)) {
    const key = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevKey>;
    if (typeof key.privateJwk?.kid !== 'string' || typeof key.publicJwk?.kid !== 'string') {
      throw new Error(`${file} is not a development signing key (no "kid"): delete it and a new one is made`);
    }
    return key as DevKey;
  }
  const key = await generateDevKey();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(key, null, 2), { mode: 0o600, flag: 'wx' });
  return key;
}

export function devKeySet(key: DevKey): JWTVerifyGetKey {
  return createLocalJWKSet({ keys: [key.publicJwk] });
}

export interface DevTokenClaims {
  subject: string;
  issuer: string;
  audience: string;
  /** Seconds until expiry, or an absolute expiry for tests. */
  expiresIn?: string | number | Date;
}

export async function signDevToken(key: DevKey, claims: DevTokenClaims): Promise<string> {
  const privateKey = await importJWK(key.privateJwk, ALGORITHM);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, kid: key.privateJwk.kid, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(privateKey);
}
