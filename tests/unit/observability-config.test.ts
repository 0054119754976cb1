/** The observability variables: where /metrics is served (METRICS_TOKEN, METRICS_PORT, METRICS_HOST) and tracing. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_JWKS_URL: 'https://sso.example/jwks',
  AUTH_ISSUER: 'https://sso.example/',
  NATIONAL_ID_KEY: 'k'.repeat(32),
  FILE_LINK_SECRET: 'f'.repeat(32),
  CREDENTIAL_KEY_SECRET: 'c'.repeat(32),
  PUBLIC_BASE_URL: 'https://tisheng.example',
};

describe('observability configuration', () => {
  it('serves /metrics open in development, nowhere in production without a token or a port', () => {
    expect(loadConfig({}).metrics).toEqual({ api: 'open', token: null, listener: null });
    expect(loadConfig(PRODUCTION).metrics).toEqual({ api: 'off', token: null, listener: null });
  });

  it('METRICS_TOKEN protects it on the API port; METRICS_PORT moves it to a listener of its own', () => {
    const token = 't'.repeat(32);
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: token }).metrics).toEqual({
      api: 'token',
      token,
      listener: null,
    });
    expect(loadConfig({ ...PRODUCTION, METRICS_PORT: '9464' }).metrics).toEqual({
      api: 'off',
      token: null,
      listener: { host: '127.0.0.1', port: 9464 },
    });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: token }).metrics).toEqual({
      api: 'off',
      token,
      listener: { host: '0.0.0.0', port: 9464 },
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/^METRICS_TOKEN: must be at least 32 characters/);
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/^METRICS_PORT: must be a port number/);
  });

  it('traces only with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).tracing).toEqual({
      endpoint: 'http://127.0.0.1:4318',
      serviceName: 'tisheng',
      resolverMinMs: 10,
    });
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_SERVICE_NAME: 'tisheng-east',
        TRACE_RESOLVER_MIN_MS: '0',
      }).tracing,
    ).toEqual({ endpoint: 'http://collector:4318', serviceName: 'tisheng-east', resolverMinMs: 0 });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://x' })).toThrow(/^OTEL_EXPORTER_OTLP_ENDPOINT: /);
  });
});
