import { createServer, type Server } from 'node:http';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDevKey, signDevToken } from '../../api/auth/dev-keys.js';
import { ViewerCache } from '../../api/auth/viewer-cache.js';
import { DEVELOPMENT_ISSUER, loadConfig } from '../../api/config.js';
import { developmentSignIn } from '../../api/server/graphiql.js';
import { trustedIssuers } from '../../api/server/runtime.js';
import { LinkIdentityDocument, UnlinkIdentityDocument, ViewerDocument } from '../../sdk/src/generated/graphql.js';
import { TEST_POLICY, type TestApp, testApp } from '../kit/app.js';
import type { SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let school: SchoolWorld;
let teacher: UserRef;
beforeAll(async () => {
  t = await testApp();
  school = await t.world.district().school();
  teacher = await school.teacher({ class: null });
});
afterAll(() => t.close());

/** The Viewer query with an Authorization header as given (none when absent), to `app` (default: the kit's). */
async function ask(
  authorization?: string,
  { app = t, locale = 'en' }: { app?: TestApp; locale?: 'en' | 'zh-CN' } = {},
) {
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ viewer { user { login } } }' }),
    locale,
  });
  return {
    status: response.status,
    wwwAuthenticate: response.headers.get('www-authenticate'),
    body: (await response.json()) as {
      data?: { viewer: { user: { login: string } } | null } | null;
      errors?: Array<{ message: string; extensions?: { code?: string; problem?: string } }>;
    },
  };
}

/** Who a response says the viewer is, or the 401's problem. */
const outcome = (res: Awaited<ReturnType<typeof ask>>) =>
  res.status === 401 ? `401 ${res.body.errors?.[0]?.extensions?.problem}` : (res.body.data?.viewer?.user.login ?? null);

/** Waits (at most 3 s) until `probe` returns `expected` (the viewer cache hears changes by notification); returns the last result. */
async function eventually<T>(probe: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 3000;
  let value = await probe();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await probe();
  }
  return value;
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

  const cases: Array<[string, string, () => Promise<string>]> = [
    [
      'expired',
      'EXPIRED',
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
      'UNKNOWN_ISSUER',
      () => signDevToken(t.key, { subject: teacher.login, issuer: 'someone-else', audience: TEST_POLICY.audience }),
    ],
    [
      'wrong audience',
      'CLAIM_REJECTED',
      () => signDevToken(t.key, { subject: teacher.login, issuer: TEST_POLICY.issuer, audience: 'another-api' }),
    ],
    [
      'wrong key (same kid, another private key)',
      'BAD_SIGNATURE',
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
      'NO_MATCHING_KEY',
      async () =>
        signDevToken(await generateDevKey(), {
          subject: teacher.login,
          issuer: TEST_POLICY.issuer,
          audience: TEST_POLICY.audience,
        }),
    ],
    [
      'alg none',
      'ALGORITHM_REJECTED',
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
      'ALGORITHM_REJECTED',
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
      'CLAIM_REJECTED',
      async () =>
        sign(
          { sub: teacher.login, iss: TEST_POLICY.issuer, aud: TEST_POLICY.audience },
          (await importJWK(t.key.privateJwk, 'ES256')) as CryptoKey,
        ),
    ],
    ['unknown subject', 'UNKNOWN_USER', () => t.tokenFor('nobody-at-all')],
    ['garbage', 'MALFORMED', async () => 'not.a.jwt'],
  ];

  it.each(cases)('%s → 401 (%s) with a WWW-Authenticate challenge', async (_name, problem, makeToken) => {
    const res = await ask(`Bearer ${await makeToken()}`);
    expect(res.status).toBe(401);
    expect(res.wwwAuthenticate).toMatch(/^Bearer error="invalid_token"/);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', problem });
    expect(res.body.data ?? null).toBeNull();
  });

  it('a malformed Authorization header → 401', async () => {
    expect((await ask('Basic dXNlcjpwYXNz')).status).toBe(401);
  });
});

describe('issuers', () => {
  it('a token of an issuer the API does not trust → 401 UNKNOWN_ISSUER, worded in English and Chinese', async () => {
    const token = await signDevToken(t.key, {
      subject: teacher.login,
      issuer: 'https://unknown.example/',
      audience: TEST_POLICY.audience,
    });
    const en = await ask(`Bearer ${token}`);
    expect(en.status).toBe(401);
    expect(en.wwwAuthenticate).toBe(
      'Bearer error="invalid_token", error_description="claim iss does not name an issuer this API trusts"',
    );
    expect(en.body.errors?.[0]?.message).toBe('Unauthenticated: claim iss does not name an issuer this API trusts.');
    const zh = await ask(`Bearer ${token}`, { locale: 'zh-CN' });
    expect(zh.body.errors?.[0]?.message).toBe('身份验证失败：令牌的 iss 声明不是本服务信任的签发方。');
  });

  it('a token without an issuer → 401 UNKNOWN_ISSUER', async () => {
    const key = (await importJWK(t.key.privateJwk, 'ES256')) as CryptoKey;
    const res = await ask(`Bearer ${await sign({ sub: teacher.login, aud: TEST_POLICY.audience, exp: '1h' }, key)}`);
    expect(outcome(res)).toBe('401 UNKNOWN_ISSUER');
  });
});

/** An identity provider serving its key set (JWKS) over HTTP, as a province's single sign-on does. */
async function identityProvider(issuer: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'sso-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    issuer,
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    token: (subject: string, tokenIssuer = issuer) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: 'sso-1' })
        .setSubject(subject)
        .setIssuer(tokenIssuer)
        .setAudience(TEST_POLICY.audience)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('single sign-on: a second configured issuer names users by their linked identity', () => {
  const SSO = 'https://sso.example-province.cn/';
  let sso: Awaited<ReturnType<typeof identityProvider>>;
  /** The app with the issuers AUTH_PROVIDERS configures (the provider, and the development key beside it). */
  let app: TestApp;
  let cached: TestApp;
  beforeAll(async () => {
    sso = await identityProvider(SSO);
    const config = loadConfig({
      AUTH_PROVIDERS: JSON.stringify([{ issuer: SSO, jwksUrl: sso.jwksUrl }]),
      AUTH_AUDIENCE: TEST_POLICY.audience,
    });
    expect(config.auth.issuers.map((issuer) => [issuer.issuer, issuer.subjects])).toEqual([
      [SSO, 'identity'],
      [DEVELOPMENT_ISSUER, 'login'],
    ]);
    const issuers = trustedIssuers(config, t.key);
    app = t.variant({ issuers });
    cached = t.variant({ issuers, viewers: await ViewerCache.listening(t.db, 600) });
  });
  afterAll(() => sso?.close());

  const linkAs = async (user: UserRef, subject: string, issuer = SSO) =>
    expect(
      (await t.mutate(LinkIdentityDocument, { userId: user.gid, issuer, subject }, { as: school.admin })).__typename,
    ).toBe('LinkIdentityPayload');

  it('a token whose subject is linked to a user signs in as that user; an unlinked subject gets 401 UNKNOWN_USER', async () => {
    const person = await school.teacher();
    await linkAs(person, 'p-20240001');
    const bySso = await t.measure(async () => ask(`Bearer ${await sso.token('p-20240001')}`, { app }));
    expect(outcome(bySso.result)).toBe(person.login);
    // Finding the user by identity is one statement, as finding them by login is.
    const byLogin = await t.measure(async () => ask(`Bearer ${await t.tokenFor(person)}`, { app }));
    expect(outcome(byLogin.result)).toBe(person.login);
    expect(bySso.statements).toBe(byLogin.statements);
    const unlinked = await ask(`Bearer ${await sso.token('p-99999999')}`, { app });
    expect(unlinked.status).toBe(401);
    expect(unlinked.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', problem: 'UNKNOWN_USER' });
  });

  it('the provider’s subject is not a login: a login as subject finds no one', async () => {
    const person = await school.teacher();
    expect(outcome(await ask(`Bearer ${await sso.token(person.login)}`, { app }))).toBe('401 UNKNOWN_USER');
  });

  it('a subject linked at another issuer does not sign in here', async () => {
    const person = await school.teacher();
    await linkAs(person, 'p-elsewhere', 'https://another-sso.example/');
    expect(outcome(await ask(`Bearer ${await sso.token('p-elsewhere')}`, { app }))).toBe('401 UNKNOWN_USER');
  });

  it('the issuer’s own keys verify its tokens: the development key cannot sign for it', async () => {
    const person = await school.teacher();
    await linkAs(person, 'p-forged');
    const forged = await signDevToken(t.key, { subject: 'p-forged', issuer: SSO, audience: TEST_POLICY.audience });
    expect(outcome(await ask(`Bearer ${forged}`, { app }))).toBe('401 NO_MATCHING_KEY');
  });

  it('the development key keeps working beside the provider (outside production), by login', async () => {
    const dev = await signDevToken(t.key, {
      subject: teacher.login,
      issuer: DEVELOPMENT_ISSUER,
      audience: TEST_POLICY.audience,
    });
    expect(outcome(await ask(`Bearer ${dev}`, { app }))).toBe(teacher.login);
  });

  it('with the viewer cache: the same subject at two issuers is two people, and unlinking applies at the next request', async () => {
    const [byLogin, byIdentity] = await school.teachers(2);
    // The SSO subject equals the other person's login: the cache must not mix them up.
    await linkAs(byIdentity!, byLogin!.login);
    const devToken = `Bearer ${await t.tokenFor(byLogin!)}`;
    const ssoToken = `Bearer ${await sso.token(byLogin!.login)}`;
    for (let round = 0; round < 2; round += 1) {
      expect(outcome(await ask(devToken, { app: cached }))).toBe(byLogin!.login);
      expect(outcome(await ask(ssoToken, { app: cached }))).toBe(byIdentity!.login);
    }
    const unlinked = await t.mutate(
      UnlinkIdentityDocument,
      { userId: byIdentity!.gid, issuer: SSO, subject: byLogin!.login },
      { as: school.admin },
    );
    expect(unlinked.__typename).toBe('UnlinkIdentityPayload');
    expect(await eventually(async () => outcome(await ask(ssoToken, { app: cached })), '401 UNKNOWN_USER')).toBe(
      '401 UNKNOWN_USER',
    );
    expect(outcome(await ask(devToken, { app: cached }))).toBe(byLogin!.login);
  });
});

describe('deactivation: a deactivated user’s valid token gets 401 from the next request', () => {
  const deactivate = (user: UserRef, at: Date | null) =>
    t.db.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: at } });

  it('without the viewer cache', async () => {
    const person = await school.teacher();
    const token = `Bearer ${await t.tokenFor(person)}`;
    expect(outcome(await ask(token))).toBe(person.login);
    await deactivate(person, new Date());
    const en = await ask(token);
    expect(en.status).toBe(401);
    expect(en.wwwAuthenticate).toBe('Bearer error="invalid_token", error_description="the user is deactivated"');
    expect(en.body.errors?.[0]).toMatchObject({
      message: 'Unauthenticated: the user is deactivated.',
      extensions: { code: 'UNAUTHENTICATED', problem: 'DEACTIVATED' },
    });
    expect((await ask(token, { locale: 'zh-CN' })).body.errors?.[0]?.message).toBe('身份验证失败：该用户已停用。');
    // Their records stay: reactivated, the same token works again.
    await deactivate(person, null);
    expect(outcome(await ask(token))).toBe(person.login);
  });

  /** Through an app that keeps viewers (and, with `tokenCacheSeconds`, verified tokens): 401 from the next request. */
  async function deactivationApplies(options: { tokenCacheSeconds?: number }) {
    const cached = t.variant({ ...options, viewers: await ViewerCache.listening(t.db, 600) });
    const person = await school.teacher();
    const token = `Bearer ${await t.tokenFor(person)}`;
    expect(outcome(await ask(token, { app: cached }))).toBe(person.login);
    expect(outcome(await ask(token, { app: cached }))).toBe(person.login);
    await deactivate(person, new Date());
    expect(await eventually(async () => outcome(await ask(token, { app: cached })), '401 DEACTIVATED')).toBe(
      '401 DEACTIVATED',
    );
    await deactivate(person, null);
    expect(await eventually(async () => outcome(await ask(token, { app: cached })), person.login)).toBe(person.login);
  }

  it('with the viewer cache: the deactivation drops the cached viewer', () => deactivationApplies({}));

  it('with verified tokens kept too (TOKEN_CACHE_SECONDS): the token is not re-verified, the user is still read', () =>
    deactivationApplies({ tokenCacheSeconds: 600 }));

  it('a deactivated user signing in through an identity provider gets 401 too', async () => {
    const sso = await identityProvider('https://sso-deactivation.example/');
    try {
      const issuers = trustedIssuers(
        loadConfig({
          AUTH_PROVIDERS: JSON.stringify([
            { issuer: sso.issuer, jwksUrl: sso.jwksUrl, audience: TEST_POLICY.audience },
          ]),
        }),
        t.key,
      );
      const app = t.variant({ issuers });
      const person = await school.teacher();
      await t.db.prisma.userIdentity.create({ data: { userId: person.id, issuer: sso.issuer, subject: 'sso-7' } });
      const token = `Bearer ${await sso.token('sso-7')}`;
      expect(outcome(await ask(token, { app }))).toBe(person.login);
      await deactivate(person, new Date());
      expect(outcome(await ask(token, { app }))).toBe('401 DEACTIVATED');
    } finally {
      await sso.close();
    }
  });
});

describe('GraphiQL ?as=<login> (development)', () => {
  /** The options the page hands GraphiQL, read from the HTML. */
  async function graphiqlFor(app: TestApp, search: string) {
    const res = await app.fetch(`/graphql${search}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    const json = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/.exec(html)?.[1];
    if (!json) throw new Error('no GraphiQL options in the page');
    return {
      html,
      options: JSON.parse(json) as {
        headers?: string;
        initialHeaders?: string;
        query?: string;
        defaultTabs: Array<{ query: string; headers?: string }>;
      },
    };
  }
  let dev: TestApp;
  beforeAll(() => {
    dev = t.variant({ graphiql: true, graphiqlSignIn: developmentSignIn(t.db, t.key, TEST_POLICY) });
  });

  it('opens GraphiQL with the login’s token in the headers of every tab', async () => {
    const { options } = await graphiqlFor(dev, `?as=${encodeURIComponent(school.admin.login)}`);
    const headers = JSON.parse(options.headers ?? '{}') as { Authorization?: string };
    expect(headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(options.initialHeaders).toBe(options.headers);
    expect(options.defaultTabs.every((tab) => tab.headers === options.headers)).toBe(true);
    expect(outcome(await ask(headers.Authorization))).toBe(school.admin.login);
  });

  it.each([
    ['an unknown login', 'nobody-at-all', 'nobody-at-all'],
    ['script in the login', '</script><script>alert(1)</script>', '??script??script?alert?1???script?'],
  ])('%s: GraphiQL without a token, with a comment saying so', async (_name, login, shown) => {
    const { html, options } = await graphiqlFor(dev, `?as=${encodeURIComponent(login)}`);
    expect(options.headers).toBeUndefined();
    expect(options.defaultTabs.some((tab) => tab.headers)).toBe(false);
    const notice = `# ?as=${shown}: no active user has this login, so these tabs run without a token.`;
    expect(options.defaultTabs[0]?.query.split('\n')[0]).toBe(notice);
    expect(options.query?.split('\n')[0]).toBe(notice);
    expect(html).not.toContain('<script>alert');
  });

  it('a deactivated login gets no token', async () => {
    const person = await school.teacher();
    await t.db.prisma.user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    const { options } = await graphiqlFor(dev, `?as=${person.login}`);
    expect(options.headers).toBeUndefined();
  });

  it('without development sign-in (production, or no development key) the parameter does nothing', async () => {
    const plain = t.variant({ graphiql: true });
    const { options } = await graphiqlFor(plain, `?as=${school.admin.login}`);
    expect(options.headers).toBeUndefined();
    expect(options.query).toBeUndefined();
    expect(options.defaultTabs[0]?.query).toMatch(/^# Welcome to Tisheng/);
  });
});
