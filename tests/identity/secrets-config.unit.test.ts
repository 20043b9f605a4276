import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_SUBGRAPH_SECRET, DEVELOPMENT_TOKEN_SECRET, loadConfig } from '../../app/config.ts';

const TOKEN_SECRET = 'a-token-secret-of-exactly-32-b!!';
const SUBGRAPH_SECRET = 'a-subgraph-secret-of-32-bytes-or-more';

describe('the identity secrets in the configuration', () => {
  it('stands in the development secrets when unset, and says so once each', () => {
    const config = loadConfig({});
    expect(config.tokens.secret).toBe(DEVELOPMENT_TOKEN_SECRET);
    expect(config.subgraphSecret).toBe(DEVELOPMENT_SUBGRAPH_SECRET);
    expect(config.warnings).toEqual([
      'using the development token secret; set OPSGRAPH_TOKEN_SECRET in production',
      'using the development subgraph secret; set OPSGRAPH_SUBGRAPH_SECRET in production',
    ]);
  });

  it('takes secrets of 32 bytes or more from the environment without a warning', () => {
    expect(Buffer.byteLength(TOKEN_SECRET)).toBe(32);
    const config = loadConfig({ OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: SUBGRAPH_SECRET });
    expect(config.tokens.secret).toBe(TOKEN_SECRET);
    expect(config.subgraphSecret).toBe(SUBGRAPH_SECRET);
    expect(config.warnings).toEqual([]);
  });

  it('refuses a secret shorter than 32 bytes, naming the variable', () => {
    expect(() => loadConfig({ OPSGRAPH_TOKEN_SECRET: 'x'.repeat(31) })).toThrow(
      new ConfigError('OPSGRAPH_TOKEN_SECRET must be at least 32 bytes, got 31'),
    );
    expect(() => loadConfig({ OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: 'hunter2' })).toThrow(
      'OPSGRAPH_SUBGRAPH_SECRET must be at least 32 bytes, got 7',
    );
  });

  it('refuses one secret for both jobs: a token issuer must not be able to vouch for callers to the subgraphs', () => {
    expect(() => loadConfig({ OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: TOKEN_SECRET })).toThrow(
      'OPSGRAPH_SUBGRAPH_SECRET must differ from OPSGRAPH_TOKEN_SECRET',
    );
  });
});

describe('production mode (NODE_ENV=production)', () => {
  it('refuses to run on the development secrets, naming the variable to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      new ConfigError('set OPSGRAPH_TOKEN_SECRET or OPSGRAPH_JWKS_URL: production mode does not verify tokens with the development secret'),
    );
    expect(() => loadConfig({ NODE_ENV: 'production', OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET })).toThrow(
      new ConfigError('set OPSGRAPH_SUBGRAPH_SECRET: production mode does not run on the development subgraph secret'),
    );
    expect(() => loadConfig({ NODE_ENV: 'production', OPSGRAPH_TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: SUBGRAPH_SECRET })).toThrow(
      'OPSGRAPH_TOKEN_SECRET is a development secret (public, in app/identity-config.ts); production mode needs a secret of its own',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: DEVELOPMENT_SUBGRAPH_SECRET })).toThrow(
      'OPSGRAPH_SUBGRAPH_SECRET is a development secret',
    );
  });

  it('runs on secrets of its own, or on an identity provider\'s key set without any token secret', () => {
    const own = loadConfig({ NODE_ENV: 'production', OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: SUBGRAPH_SECRET });
    expect([own.tokens.secret, own.subgraphSecret, own.warnings]).toEqual([TOKEN_SECRET, SUBGRAPH_SECRET, []]);
    const provider = loadConfig({ NODE_ENV: 'production', OPSGRAPH_JWKS_URL: 'https://login.example.com/keys', OPSGRAPH_SUBGRAPH_SECRET: SUBGRAPH_SECRET });
    expect(provider.tokens).toMatchObject({ secret: null, jwksUrl: 'https://login.example.com/keys' });
    expect(provider.warnings).toEqual([]);
  });
});

describe('the token settings', () => {
  it('default to issuer and audience "opsgraph", 30 s of clock skew and a day\'s lifetime', () => {
    expect(loadConfig({}).tokens).toEqual({
      secret: DEVELOPMENT_TOKEN_SECRET, jwksUrl: null, issuer: 'opsgraph', audience: 'opsgraph', clockSkewSeconds: 30, maxLifetimeSeconds: 86_400,
    });
  });

  it('are read from the environment, and refused when malformed, naming the variable', () => {
    const tokens = loadConfig({
      OPSGRAPH_TOKEN_ISSUER: 'https://login.example.com/', OPSGRAPH_TOKEN_AUDIENCE: 'api://opsgraph',
      OPSGRAPH_TOKEN_CLOCK_SKEW_SECONDS: '5', OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS: '3600',
    }).tokens;
    expect(tokens).toMatchObject({ issuer: 'https://login.example.com/', audience: 'api://opsgraph', clockSkewSeconds: 5, maxLifetimeSeconds: 3600 });
    expect(() => loadConfig({ OPSGRAPH_TOKEN_CLOCK_SKEW_SECONDS: '-1' })).toThrow('OPSGRAPH_TOKEN_CLOCK_SKEW_SECONDS must be a whole number of seconds from 0 to 300, got "-1"');
    expect(() => loadConfig({ OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS: '1e300' })).toThrow('OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS must be a whole number of seconds from 60 to 2592000, got "1e300"');
    expect(() => loadConfig({ OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS: '0' })).toThrow('OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS must be a whole number of seconds from 60 to 2592000, got "0"');
    expect(() => loadConfig({ OPSGRAPH_JWKS_URL: 'login.example.com/keys' })).toThrow('OPSGRAPH_JWKS_URL must be an http(s) URL, got "login.example.com/keys"');
  });
});
