import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/config.js';

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
    expect(config.auth).toMatchObject({ issuer: 'tisheng-dev', audience: 'tisheng-api', algorithms: ['ES256', 'RS256'], jwksUrl: undefined });
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
    [{ AUTH_ALGORITHMS: 'ES256,none' }, 'AUTH_ALGORITHMS: each must be one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA'],
    [{ NODE_ENV: 'production', AUTH_ISSUER: 'idp' }, 'AUTH_JWKS_URL: is required in production (the local development key set is refused)'],
    [{ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' }, 'AUTH_ISSUER: is required in production'],
  ])('%o → "%s"', (env, message) => {
    expect(error(env)).toBe(message);
  });

  it('turns GraphiQL off in production unless asked for', () => {
    const prod = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example/' };
    expect(loadConfig(prod).graphiql).toBe(false);
    expect(loadConfig({ ...prod, GRAPHIQL: 'true' }).graphiql).toBe(true);
  });
});
