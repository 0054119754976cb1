import { type CryptoKey, importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDevKey, signDevToken } from '../../api/auth/dev-keys.js';
import { ViewerDocument } from '../../sdk/src/generated/graphql.js';
import { TEST_POLICY, type TestApp, testApp } from '../kit/app.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
let teacher: UserRef;
beforeAll(async () => {
  t = await testApp();
  teacher = await t.world.district().school().teacher({ class: null });
});
afterAll(() => t.close());

/** The Viewer query with an Authorization header as given (none when absent). */
async function ask(authorization?: string) {
  const response = await t.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ viewer { user { login } } }' }),
  });
  return {
    status: response.status,
    wwwAuthenticate: response.headers.get('www-authenticate'),
    body: (await response.json()) as {
      data?: { viewer: { user: { login: string } } | null } | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

const sign = (
  claims: { sub?: string; iss?: string; aud?: string; exp?: number | string },
  key: CryptoKey,
  alg = 'ES256',
) => {
  let jwt = new SignJWT({}).setProtectedHeader({ alg, kid: t.key.publicJwk.kid! }).setIssuedAt();
  if (claims.sub) jwt = jwt.setSubject(claims.sub);
  if (claims.iss) jwt = jwt.setIssuer(claims.iss);
  if (claims.aud) jwt = jwt.setAudience(claims.aud);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(key);
};

describe('bearer tokens', () => {
  it('a valid token makes the request the user’s', async () => {
    const res = await t.request(ViewerDocument, {}, { as: teacher });
    expect(res.status).toBe(200);
    expect(res.data?.viewer?.user.login).toBe(teacher.login);
  });

  it('no token: anonymous, nothing private visible, not an error', async () => {
    const res = await ask();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { viewer: null },
      extensions: { cost: expect.objectContaining({ limit: 100000 }) },
    });
  });

  const cases: Array<[string, () => Promise<string>]> = [
    [
      'expired',
      () =>
        signDevToken(t.key, {
          subject: teacher.login,
          issuer: TEST_POLICY.issuer,
          audience: TEST_POLICY.audience,
          expiresIn: new Date(Date.now() - 60_000),
        }),
    ],
    [
      'wrong issuer',
      () => signDevToken(t.key, { subject: teacher.login, issuer: 'someone-else', audience: TEST_POLICY.audience }),
    ],
    [
      'wrong audience',
      () => signDevToken(t.key, { subject: teacher.login, issuer: TEST_POLICY.issuer, audience: 'another-api' }),
    ],
    [
      'wrong key (same kid, another private key)',
      async () => {
        const other = await generateDevKey();
        return signDevToken(
          { ...other, privateJwk: { ...other.privateJwk, kid: t.key.privateJwk.kid } },
          { subject: teacher.login, issuer: TEST_POLICY.issuer, audience: TEST_POLICY.audience },
        );
      },
    ],
    [
      'wrong key (unknown kid)',
      async () =>
        signDevToken(await generateDevKey(), {
          subject: teacher.login,
          issuer: TEST_POLICY.issuer,
          audience: TEST_POLICY.audience,
        }),
    ],
    [
      'alg none',
      async () =>
        new UnsecuredJWT({})
          .setSubject(teacher.login)
          .setIssuer(TEST_POLICY.issuer)
          .setAudience(TEST_POLICY.audience)
          .setIssuedAt()
          .setExpirationTime('1h')
          .encode(),
    ],
    [
      'an algorithm outside the pinned list (HS256 with the public key as secret)',
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify(t.key.publicJwk));
        return new SignJWT({})
          .setProtectedHeader({ alg: 'HS256', kid: t.key.publicJwk.kid! })
          .setSubject(teacher.login)
          .setIssuer(TEST_POLICY.issuer)
          .setAudience(TEST_POLICY.audience)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(secret);
      },
    ],
    [
      'no expiry',
      async () =>
        sign(
          { sub: teacher.login, iss: TEST_POLICY.issuer, aud: TEST_POLICY.audience },
          (await importJWK(t.key.privateJwk, 'ES256')) as CryptoKey,
        ),
    ],
    ['unknown subject', () => t.tokenFor('nobody-at-all')],
    ['garbage', async () => 'not.a.jwt'],
  ];

  it.each(cases)('%s → 401 with a WWW-Authenticate challenge', async (_name, makeToken) => {
    const res = await ask(`Bearer ${await makeToken()}`);
    expect(res.status).toBe(401);
    expect(res.wwwAuthenticate).toMatch(/^Bearer error="invalid_token"/);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.data ?? null).toBeNull();
  });

  it('a malformed Authorization header → 401', async () => {
    expect((await ask('Basic dXNlcjpwYXNz')).status).toBe(401);
  });
});
