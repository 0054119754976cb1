import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_NATIONAL_ID_KEY, loadConfig } from '../../api/config.js';

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
    expect(config.database).toMatchObject({ kind: 'pglite', seedDemoData: true });
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data[/\\]pglite$/);
    expect(config.graphiql).toBe(true);
    expect(config.auth).toMatchObject({
      issuer: 'tisheng-dev',
      audience: 'tisheng-api',
      algorithms: ['ES256', 'RS256'],
      jwksUrl: undefined,
    });
  });

  it('uses PostgreSQL with a pool size when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/tisheng', DATABASE_POOL_SIZE: '25' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@db:5432/tisheng',
      poolSize: 25,
    });
  });

  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL: must be a postgres:// or postgresql:// connection URL'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL: must be a postgres:// or postgresql:// connection URL'],
    [{ AUTH_JWKS_URL: 'not a url' }, 'AUTH_JWKS_URL: must be an http:// or https:// URL'],
    [{ AUTH_JWKS_URL: 'ftp://idp/jwks' }, 'AUTH_JWKS_URL: must be an http:// or https:// URL'],
    [{ PORT: 'eighty' }, 'PORT: must be a port number'],
    [{ PORT: '70000' }, 'PORT: must be a port number (0–65535)'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE: must be a whole number from 1 to 200'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV: must be development, production or test'],
    [{ GRAPHIQL: 'yes' }, 'GRAPHIQL: must be true or false'],
    [
      { AUTH_ALGORITHMS: 'ES256,none' },
      'AUTH_ALGORITHMS: each must be one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA',
    ],
    [
      { NODE_ENV: 'production', AUTH_ISSUER: 'idp' },
      'AUTH_JWKS_URL: is required in production (the local development key set is refused)',
    ],
    [{ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' }, 'AUTH_ISSUER: is required in production'],
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

  it('turns GraphiQL off in production unless asked for', () => {
    const prod = {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example/',
      NATIONAL_ID_KEY: 'k'.repeat(32),
      FILE_LINK_SECRET: 'f'.repeat(32),
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
