import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, type TrustedIssuer } from '../../api/auth/issuers.js';

/**
 * TOKEN_CACHE_SECONDS (api/auth/issuers.ts): a trusted issuer's token verified once is not verified again while the
 * cache keeps it, never past its `exp`; a token that failed is verified every time. Whether the signature was checked
 * shows in how often the issuer's key set was asked for a key.
 */
const POLICY = { issuer: 'https://sso.example.cn', audience: 'tisheng', algorithms: ['RS256'] };
let privateKey: CryptoKey;
let jwks: JWTVerifyGetKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }] });
});

function counted() {
  const lookups = { count: 0 };
  const keys: JWTVerifyGetKey = (header, token) => {
    lookups.count += 1;
    return jwks(header, token);
  };
  const issuer: TrustedIssuer = { policy: POLICY, keys, subjects: 'identity' };
  return { issuer, lookups };
}

const sign = (subject: string, expiresAt: number, key: CryptoKey = privateKey) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(POLICY.issuer)
    .setAudience(POLICY.audience)
    .setSubject(subject)
    .setExpirationTime(expiresAt)
    .sign(key);

const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

describe('verified tokens kept for TOKEN_CACHE_SECONDS', () => {
  it('verifies a token once while it is kept, and each other token on its own', async () => {
    const { issuer, lookups } = counted();
    const verify = createTokenVerifier([issuer], null, 60);
    const token = await sign('teacher-1', inSeconds(600));
    const first = await verify(token);
    expect(await verify(token)).toEqual(first);
    expect(first).toMatchObject({ issuer: POLICY.issuer, subject: 'teacher-1', subjects: 'identity' });
    expect(lookups.count).toBe(1);
    expect((await verify(await sign('teacher-2', inSeconds(600)))).subject).toBe('teacher-2');
    expect(lookups.count).toBe(2);
  });

  it('verifies every time when the cache is off (0 seconds)', async () => {
    const { issuer, lookups } = counted();
    const verify = createTokenVerifier([issuer], null, 0);
    const token = await sign('teacher-1', inSeconds(600));
    await verify(token);
    await verify(token);
    expect(lookups.count).toBe(2);
  });

  it('never keeps a token past its exp: once expired it is refused', async () => {
    const { issuer } = counted();
    const verify = createTokenVerifier([issuer], null, 3600);
    const expiresAt = inSeconds(2);
    const token = await sign('teacher-1', expiresAt);
    expect((await verify(token)).subject).toBe('teacher-1');
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 50));
    await expect(verify(token)).rejects.toMatchObject({ problem: 'EXPIRED' });
  });

  it('keeps no token that failed: a bad signature is checked, and refused, every time', async () => {
    const { issuer, lookups } = counted();
    const verify = createTokenVerifier([issuer], null, 60);
    const other = await generateKeyPair('RS256');
    const forged = await sign('teacher-1', inSeconds(600), other.privateKey);
    await expect(verify(forged)).rejects.toMatchObject({ problem: 'BAD_SIGNATURE' });
    await expect(verify(forged)).rejects.toMatchObject({ problem: 'BAD_SIGNATURE' });
    expect(lookups.count).toBe(2);
    // A verified token with one character changed is another text: verified again, and refused.
    const token = await sign('teacher-1', inSeconds(600));
    await verify(token);
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    await expect(verify(tampered)).rejects.toMatchObject({ problem: expect.stringMatching(/BAD_SIGNATURE|MALFORMED/) });
  });
});
