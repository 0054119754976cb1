/** The rules of sync clients' keys and registrations (schema/sync-clients/rules.ts). */
import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { isClientId } from '../../api/auth/sync-clients.js';
import {
  checkJwksUrl,
  checkJwkText,
  checkPublicJwk,
  clientName,
  duplicateKids,
  MAX_CLIENT_NAME_LENGTH,
  rsaModulusBits,
} from '../../schema/sync-clients/rules.js';

async function pair(alg: string) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return { publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) };
}

describe('checkPublicJwk', () => {
  it('accepts EC P-256, RSA 2048 and OKP Ed25519 public keys with a kid, keeping only their public members', async () => {
    const ec = await pair('ES256');
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'ec-1', ext: true, key_ops: ['verify'] })).toEqual({
      ok: true,
      jwk: { kty: 'EC', kid: 'ec-1', crv: 'P-256', x: ec.publicJwk.x, y: ec.publicJwk.y },
    });
    const rsa = await pair('RS256');
    expect(checkPublicJwk({ ...rsa.publicJwk, kid: 'rsa-1', alg: 'PS256', use: 'sig' })).toMatchObject({
      ok: true,
      jwk: { kty: 'RSA', kid: 'rsa-1', alg: 'PS256', use: 'sig', n: rsa.publicJwk.n, e: 'AQAB' },
    });
    const ed = await pair('EdDSA');
    expect(checkPublicJwk({ ...ed.publicJwk, kid: 'ed-1', alg: 'EdDSA' })).toMatchObject({
      ok: true,
      jwk: { kty: 'OKP', crv: 'Ed25519' },
    });
  });

  it('refuses a private key, naming the private members', async () => {
    const ec = await pair('ES256');
    expect(checkPublicJwk({ ...ec.privateJwk, kid: 'k' })).toEqual({
      ok: false,
      problem: 'privateKey',
      params: { members: 'd' },
    });
    const rsa = await pair('RS256');
    expect(checkPublicJwk({ ...rsa.privateJwk, kid: 'k' })).toMatchObject({
      ok: false,
      problem: 'privateKey',
      params: { members: 'd, p, q, dp, dq, qi' },
    });
    expect(checkPublicJwk({ kty: 'oct', k: 'c2VjcmV0', kid: 'k' })).toMatchObject({ problem: 'privateKey' });
  });

  it('refuses other curves and key types', async () => {
    const p384 = await pair('ES384');
    expect(checkPublicJwk({ ...p384.publicJwk, kid: 'k' })).toMatchObject({ problem: 'unsupportedKeyType' });
    expect(checkPublicJwk({ kty: 'OKP', crv: 'X25519', x: 'A'.repeat(43), kid: 'k' })).toMatchObject({
      problem: 'unsupportedKeyType',
    });
    expect(checkPublicJwk({ kty: 'DSA', kid: 'k' })).toMatchObject({ problem: 'unsupportedKeyType' });
    expect(checkPublicJwk({ kid: 'k' })).toMatchObject({ problem: 'unsupportedKeyType' });
  });

  it('refuses an RSA key under 2048 bits', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
    expect(checkPublicJwk({ ...small, kid: 'k' })).toEqual({
      ok: false,
      problem: 'rsaTooShort',
      params: { bits: 1024, min: 2048 },
    });
  });

  it('requires a printable kid of at most 100 characters', async () => {
    const ec = await pair('ES256');
    expect(checkPublicJwk(ec.publicJwk)).toMatchObject({ problem: 'kidMissing' });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: '  ' })).toMatchObject({ problem: 'kidMissing' });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'a\u0000b' })).toMatchObject({ problem: 'kidMissing' });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'k'.repeat(101) })).toMatchObject({ problem: 'kidMissing' });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: ' key-1 ' })).toMatchObject({ ok: true, jwk: { kid: 'key-1' } });
  });

  it('refuses an alg that does not fit the key, a use other than sig, and malformed members', async () => {
    const ec = await pair('ES256');
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'k', alg: 'RS256' })).toMatchObject({
      problem: 'algMismatch',
      params: { algorithms: 'ES256' },
    });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'k', alg: 'HS256' })).toMatchObject({ problem: 'algMismatch' });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'k', use: 'enc' })).toMatchObject({ problem: 'useNotSig' });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'k', x: 'not base64!' })).toMatchObject({
      problem: 'badMember',
      params: { member: 'x' },
    });
    expect(checkPublicJwk({ ...ec.publicJwk, kid: 'k', y: 'AAAA' })).toMatchObject({
      problem: 'badMember',
      params: { member: 'y' },
    });
    expect(checkPublicJwk({ kty: 'RSA', n: 'AQAB', kid: 'k' })).toMatchObject({
      problem: 'badMember',
      params: { member: 'e' },
    });
  });

  it('refuses what is not a JSON object', () => {
    expect(checkJwkText('{')).toMatchObject({ problem: 'notJson' });
    expect(checkJwkText('[]')).toMatchObject({ problem: 'notObject' });
    expect(checkJwkText('"key"')).toMatchObject({ problem: 'notObject' });
    expect(checkJwkText('null')).toMatchObject({ problem: 'notObject' });
    expect(checkJwkText(' '.repeat(5000))).toMatchObject({ problem: 'notJson' });
  });
});

describe('the other rules', () => {
  it('counts an RSA modulus’s bits without leading zeros', () => {
    expect(rsaModulusBits(Buffer.from([0x00, 0x80, 0x00]).toString('base64url'))).toBe(16);
    expect(rsaModulusBits(Buffer.from([0x01, 0xff]).toString('base64url'))).toBe(9);
    expect(rsaModulusBits('AAAA')).toBe(0);
  });

  it('finds duplicate kids', () => {
    expect(duplicateKids(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
    expect(duplicateKids(['a'])).toEqual([]);
  });

  it('accepts https key set URLs, and http only where private URLs are allowed', () => {
    expect(checkJwksUrl('https://sync.example.gd.cn/jwks.json', false)).toBeNull();
    expect(checkJwksUrl('http://127.0.0.1:8080/jwks.json', false)).toBe('notHttps');
    expect(checkJwksUrl('http://127.0.0.1:8080/jwks.json', true)).toBeNull();
    expect(checkJwksUrl('ftp://example.com/jwks.json', true)).toBe('notHttps');
    expect(checkJwksUrl('https://user:pw@example.com/jwks.json', false)).toBe('credentials');
    expect(checkJwksUrl('not a url', true)).toBe('invalid');
    expect(checkJwksUrl(`https://example.com/${'x'.repeat(2000)}`, false)).toBe('invalid');
  });

  it('trims a client name and refuses an empty, too long or control-character one', () => {
    expect(clientName('  省平台  ')).toBe('省平台');
    expect(clientName('   ')).toBeNull();
    expect(clientName('x'.repeat(MAX_CLIENT_NAME_LENGTH + 1))).toBeNull();
    expect(clientName('a\nb')).toBeNull();
  });

  it('takes only a UUID-shaped iss for a client id', () => {
    expect(isClientId('01938a7e-1111-7000-8000-000000000001')).toBe(true);
    expect(isClientId('tisheng-test')).toBe(false);
    expect(isClientId('01938a7e-1111-7000-8000-00000000000')).toBe(false);
  });
});
