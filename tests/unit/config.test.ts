import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_NATIONAL_ID_KEY, developmentKeyIssuer, loadConfig } from '../../api/config.js';

const error = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration from the environment', () => {
  it('defaults to the embedded database in ./data on port 4000 with GraphiQL', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toMatchObject({ kind: 'pglite' });
    expect(config.seedDemoData).toBe(true);
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data[/\\]pglite$/);
    expect(config.graphiql).toBe(true);
    // Only the development key, whose tokens name the login.
    expect(config.auth.issuers).toEqual([
      {
        issuer: 'tisheng-dev',
        audience: 'tisheng-api',
        algorithms: ['ES256', 'RS256'],
        keys: { kind: 'development' },
        subjects: 'login',
      },
    ]);
  });

  it('uses PostgreSQL with a pool size when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/tisheng', DATABASE_POOL_SIZE: '25' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@db:5432/tisheng',
      poolSize: 25,
      connectTimeoutMs: 5000,
      idleTimeoutMs: 300_000,
    });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/tisheng', DATABASE_CONNECT_TIMEOUT_SECONDS: '2' }).database,
    ).toMatchObject({ connectTimeoutMs: 2000 });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/tisheng', DATABASE_POOL_IDLE_SECONDS: '0' }).database,
    ).toMatchObject({ idleTimeoutMs: 0 });
  });

  it('seeds demo data on the embedded database, not on PostgreSQL, unless SEED_DEMO_DATA says otherwise', () => {
    const postgres = { DATABASE_URL: 'postgresql://u@db:5432/tisheng' };
    expect(loadConfig(postgres).seedDemoData).toBe(false);
    expect(loadConfig({ ...postgres, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
    expect(loadConfig({ SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
    expect(error({ SEED_DEMO_DATA: 'maybe' })).toBe('SEED_DEMO_DATA: must be true or false');
  });

  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL: must be a postgres:// or postgresql:// connection URL'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL: must be a postgres:// or postgresql:// connection URL'],
    [{ AUTH_JWKS_URL: 'not a url' }, 'AUTH_JWKS_URL: must be an http:// or https:// URL'],
    [{ AUTH_JWKS_URL: 'ftp://idp/jwks' }, 'AUTH_JWKS_URL: must be an http:// or https:// URL'],
    [{ PORT: 'eighty' }, 'PORT: must be a port number'],
    [{ PORT: '70000' }, 'PORT: must be a port number (0–65535)'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE: must be a whole number from 1 to 200'],
    [{ DATABASE_POOL_IDLE_SECONDS: '-1' }, 'DATABASE_POOL_IDLE_SECONDS: must be a whole number from 0 to 86400'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV: must be development, production or test'],
    [{ GRAPHIQL: 'yes' }, 'GRAPHIQL: must be true or false'],
    [
      { AUTH_ALGORITHMS: 'ES256,none' },
      'AUTH_ALGORITHMS: each must be one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA',
    ],
    [
      { NODE_ENV: 'production', AUTH_ISSUER: 'idp' },
      'AUTH_JWKS_URL: is required in production unless AUTH_PROVIDERS lists identity providers (the local development key set is refused)',
    ],
    [
      { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' },
      'AUTH_ISSUER: is required with AUTH_JWKS_URL (the identity provider’s "iss")',
    ],
    [
      { AUTH_JWKS_URL: 'https://idp/jwks' },
      'AUTH_ISSUER: is required with AUTH_JWKS_URL (the identity provider’s "iss")',
    ],
    [
      { AUTH_JWKS_URL: 'https://idp/jwks', AUTH_ISSUER: 'tisheng-dev' },
      'AUTH_ISSUER: issuer "tisheng-dev" is the development key’s issuer',
    ],
    [{ AUTH_ISSUER: 'two\nlines' }, 'AUTH_ISSUER: must be 1 to 255 printable characters'],
    [{ AUTH_PROVIDERS: 'not json' }, 'AUTH_PROVIDERS: must be a JSON array of {"issuer", "jwksUrl", "audience"?}'],
    [
      { AUTH_PROVIDERS: '{"issuer": "a"}' },
      'AUTH_PROVIDERS: must be a JSON array of {"issuer", "jwksUrl", "audience"?}',
    ],
    [{ AUTH_PROVIDERS: '["a"]' }, 'AUTH_PROVIDERS: [0]: must be an object {"issuer", "jwksUrl", "audience"?}'],
    [
      { AUTH_PROVIDERS: '[{"issuer": "a", "jwksUrl": "ftp://a/jwks"}]' },
      'AUTH_PROVIDERS: [0].jwksUrl: must be an http:// or https:// URL',
    ],
    [
      { AUTH_PROVIDERS: '[{"issuer": "a", "jwksUrl": "https://a/jwks"}, {"issuer": "", "jwksUrl": "https://b/jwks"}]' },
      'AUTH_PROVIDERS: [1].issuer: must be 1 to 255 printable characters (the provider’s "iss")',
    ],
    [
      { AUTH_PROVIDERS: '[{"issuer": "a", "jwks_url": "https://a/jwks"}]' },
      'AUTH_PROVIDERS: [0].jwksUrl: must be an http:// or https:// URL',
    ],
    [
      { AUTH_PROVIDERS: '[{"issuer": "a", "jwksUrl": "https://a/jwks", "audiance": "x"}]' },
      'AUTH_PROVIDERS: [0]: unknown "audiance": the keys are "issuer", "jwksUrl" and "audience"',
    ],
    [
      { AUTH_PROVIDERS: '[{"issuer": "a", "jwksUrl": "https://a/jwks", "audience": ""}]' },
      'AUTH_PROVIDERS: [0].audience: must not be empty',
    ],
    [
      {
        AUTH_PROVIDERS: '[{"issuer": "a", "jwksUrl": "https://a/jwks"}, {"issuer": "a", "jwksUrl": "https://b/jwks"}]',
      },
      'AUTH_PROVIDERS: issuer "a" is listed twice',
    ],
    [
      {
        AUTH_JWKS_URL: 'https://a/jwks',
        AUTH_ISSUER: 'a',
        AUTH_PROVIDERS: '[{"issuer": "a", "jwksUrl": "https://b/jwks"}]',
      },
      'AUTH_PROVIDERS: issuer "a" is listed twice',
    ],
    [
      { AUTH_PROVIDERS: '[{"issuer": "tisheng-dev", "jwksUrl": "https://a/jwks"}]' },
      'AUTH_PROVIDERS: issuer "tisheng-dev" is the development key’s issuer',
    ],
    [
      { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks', AUTH_ISSUER: 'idp' },
      'NATIONAL_ID_KEY: is required in production (the development key is refused)',
    ],
    [{ NATIONAL_ID_KEY: 'too-short' }, 'NATIONAL_ID_KEY: must be at least 32 characters (a random secret)'],
    [
      {
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp/jwks',
        AUTH_ISSUER: 'idp',
        NATIONAL_ID_KEY: 'k'.repeat(32),
      },
      'FILE_LINK_SECRET: is required in production (a random secret of at least 32 characters)',
    ],
    [{ FILE_LINK_SECRET: 'short' }, 'FILE_LINK_SECRET: must be at least 32 characters (a random secret)'],
  ])('%o → "%s"', (env, message) => {
    expect(error(env)).toBe(message);
  });

  it('trusts AUTH_JWKS_URL and AUTH_PROVIDERS, by identity, and the development key beside them outside production', () => {
    const env = {
      AUTH_JWKS_URL: 'https://sso.province.example/jwks',
      AUTH_ISSUER: 'https://sso.province.example/',
      AUTH_AUDIENCE: 'tisheng',
      AUTH_ALGORITHMS: 'RS256',
      AUTH_PROVIDERS: JSON.stringify([
        { issuer: 'https://city.example/', jwksUrl: 'https://city.example/jwks', audience: 'tisheng-city' },
        { issuer: 'https://school.example/', jwksUrl: 'http://school.example/certs' },
      ]),
    };
    const identity = (issuer: string, url: string, audience = 'tisheng') => ({
      issuer,
      audience,
      algorithms: ['RS256'],
      keys: { kind: 'jwks', url: new URL(url) },
      subjects: 'identity',
    });
    const providers = [
      identity('https://sso.province.example/', 'https://sso.province.example/jwks'),
      identity('https://city.example/', 'https://city.example/jwks', 'tisheng-city'),
      identity('https://school.example/', 'http://school.example/certs'),
    ];
    const development = {
      issuer: 'tisheng-dev',
      audience: 'tisheng',
      algorithms: ['RS256'],
      keys: { kind: 'development' },
      subjects: 'login',
    };
    expect(loadConfig(env).auth.issuers).toEqual([...providers, development]);
    expect(developmentKeyIssuer(loadConfig(env))).toEqual(development);
    // In production the development key is not trusted at all.
    const production = {
      ...env,
      NODE_ENV: 'production',
      NATIONAL_ID_KEY: 'k'.repeat(32),
      FILE_LINK_SECRET: 'f'.repeat(32),
      CREDENTIAL_KEY_SECRET: 'c'.repeat(32),
      PUBLIC_BASE_URL: 'https://tisheng.example',
    };
    expect(loadConfig(production).auth.issuers).toEqual(providers);
    expect(developmentKeyIssuer(loadConfig(production))).toBeUndefined();
    // AUTH_PROVIDERS alone is enough in production.
    const { AUTH_JWKS_URL: _url, AUTH_ISSUER: _issuer, ...providersOnly } = production;
    expect(loadConfig(providersOnly).auth.issuers).toEqual(providers.slice(1));
  });

  it('without AUTH_JWKS_URL, AUTH_ISSUER names the development key’s issuer', () => {
    expect(loadConfig({ AUTH_ISSUER: 'my-laptop' }).auth.issuers).toMatchObject([
      { issuer: 'my-laptop', keys: { kind: 'development' }, subjects: 'login' },
    ]);
  });

  it('turns GraphiQL off in production unless asked for', () => {
    const prod = {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example/',
      NATIONAL_ID_KEY: 'k'.repeat(32),
      FILE_LINK_SECRET: 'f'.repeat(32),
      CREDENTIAL_KEY_SECRET: 'c'.repeat(32),
      PUBLIC_BASE_URL: 'https://tisheng.example',
    };
    expect(loadConfig(prod).graphiql).toBe(false);
    expect(loadConfig({ ...prod, GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('keys national ID hashes with NATIONAL_ID_KEY, or a development key outside production', () => {
    expect(loadConfig({}).nationalIdKey).toBe(DEVELOPMENT_NATIONAL_ID_KEY);
    expect(loadConfig({ NATIONAL_ID_KEY: 's'.repeat(40) }).nationalIdKey).toBe('s'.repeat(40));
  });

  it('keeps viewers 30 seconds unless VIEWER_CACHE_SECONDS says otherwise (0: not at all)', () => {
    expect(loadConfig({}).viewerCacheSeconds).toBe(30);
    expect(loadConfig({ VIEWER_CACHE_SECONDS: '0' }).viewerCacheSeconds).toBe(0);
    expect(error({ VIEWER_CACHE_SECONDS: '-1' })).toMatch(/VIEWER_CACHE_SECONDS.*0 to 3600/);
    expect(error({ VIEWER_CACHE_SECONDS: '2.5' })).toMatch(/VIEWER_CACHE_SECONDS.*whole number/);
  });

  it('keeps verified tokens 60 seconds unless TOKEN_CACHE_SECONDS says otherwise (0: not at all)', () => {
    expect(loadConfig({}).tokenCacheSeconds).toBe(60);
    expect(loadConfig({ TOKEN_CACHE_SECONDS: '0' }).tokenCacheSeconds).toBe(0);
    expect(error({ TOKEN_CACHE_SECONDS: '3601' })).toMatch(/TOKEN_CACHE_SECONDS.*0 to 3600/);
    expect(error({ TOKEN_CACHE_SECONDS: 'soon' })).toMatch(/TOKEN_CACHE_SECONDS/);
  });

  it('keeps uploaded files in <DATA_DIR>/files unless FILE_STORAGE_DIR says otherwise', () => {
    expect(loadConfig({ DATA_DIR: '/srv/tisheng' }).files).toEqual({
      storageDir: path.resolve('/srv/tisheng/files'),
      linkSecret: undefined,
    });
    expect(loadConfig({ FILE_STORAGE_DIR: '/mnt/files', FILE_LINK_SECRET: 'x'.repeat(32) }).files).toEqual({
      storageDir: path.resolve('/mnt/files'),
      linkSecret: 'x'.repeat(32),
    });
  });
});
