/**
 * The SDK's client assertions: signed with WebCrypto only, verified here with jose as the API does (ES256, RS256,
 * PS256, EdDSA), and the token source renews shortly before expiry.
 */
import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { type AssertionAlgorithm, clientAssertionTokenSource, createClientAssertion } from '../src/assertion.js';

const clientId = '01938a7e-1111-7000-8000-000000000001';
const audience = 'tisheng-api';

describe('createClientAssertion', () => {
  it.each<AssertionAlgorithm>(['ES256', 'RS256', 'PS256', 'EdDSA'])(
    'signs a %s assertion jose verifies',
    async (alg) => {
      const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
      const token = await createClientAssertion({
        clientId,
        audience,
        privateKey,
        kid: 'k1',
        alg,
        lifetimeSeconds: 120,
      });
      expect(decodeProtectedHeader(token)).toEqual({ alg, typ: 'JWT', kid: 'k1' });
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: clientId,
        subject: clientId,
        audience,
        algorithms: [alg],
        requiredClaims: ['exp', 'iat', 'jti'],
      });
      expect(payload.exp! - payload.iat!).toBe(120);
      expect(Math.abs(payload.iat! - Date.now() / 1000)).toBeLessThan(5);
    },
  );

  it('uses ES256, a 300-second lifetime and a fresh jti by default', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const first = await createClientAssertion({ clientId, audience, privateKey, kid: 'k1' });
    const second = await createClientAssertion({ clientId, audience, privateKey, kid: 'k1' });
    const a = (await jwtVerify(first, publicKey)).payload;
    const b = (await jwtVerify(second, publicKey)).payload;
    expect(a.exp! - a.iat!).toBe(300);
    expect(a.jti).not.toBe(b.jti);
    expect(decodeProtectedHeader(first).alg).toBe('ES256');
  });

  it('is refused by a different key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const other = await generateKeyPair('ES256');
    const token = await createClientAssertion({ clientId, audience, privateKey, kid: 'k1' });
    await expect(jwtVerify(token, other.publicKey)).rejects.toThrow(/signature/);
  });

  it('refuses a missing client id or a lifetime that is not positive', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expect(createClientAssertion({ clientId: '', audience, privateKey, kid: 'k1' })).rejects.toThrow(TypeError);
    await expect(
      createClientAssertion({ clientId, audience, privateKey, kid: 'k1', lifetimeSeconds: 0 }),
    ).rejects.toThrow(RangeError);
  });

  it('signs with a public JWK the API registers (exported from the pair)', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(jwk).not.toHaveProperty('d');
    expect(await createClientAssertion({ clientId, audience, privateKey, kid: 'k1' })).toMatch(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
    );
  });
});

describe('clientAssertionTokenSource', () => {
  it('keeps one assertion and signs a new one shortly before it expires', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    let clock = 1_800_000_000_000;
    const source = clientAssertionTokenSource({
      clientId,
      audience,
      privateKey,
      kid: 'k1',
      lifetimeSeconds: 300,
      renewBeforeSeconds: 30,
      now: () => clock,
    });
    const [a, b] = await Promise.all([source(), source()]);
    expect(a).toBe(b);
    clock += 260_000;
    expect(await source()).toBe(a);
    clock += 15_000;
    const renewed = await source();
    expect(renewed).not.toBe(a);
    const { payload } = await jwtVerify(renewed, publicKey, { currentDate: new Date(clock) });
    expect(payload.iat).toBe(Math.floor(clock / 1000));
  });
});
