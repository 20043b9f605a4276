import { MIN_SECRET_BYTES, signToken, type TokenClaims } from '../lib/identity.ts';
import { TOKEN_DEFAULTS, type TokenSettings } from '../lib/tokens.ts';
import { ConfigError, httpUrl } from './env.ts';

/**
 * Stand-ins for unset secrets so the embedded demo runs with no setup. They are public (they are
 * in this file), so anyone can sign tokens a graph using them accepts: start-up warns about them,
 * and production mode refuses to run on them.
 */
export const DEVELOPMENT_TOKEN_SECRET = 'opsgraph-development-token-secret-not-for-production';
export const DEVELOPMENT_SUBGRAPH_SECRET = 'opsgraph-development-subgraph-secret-not-for-production';

export interface IdentityConfig {
  /** How the callers' bearer tokens are verified, by the gateway, the subgraphs and the intake. */
  tokens: TokenSettings;
  /** Derives the gateway's per-subgraph credentials and the service tokens' key (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
}

/** The token and subgraph settings; `warnings` collects what start-up should say about them. */
export function identityConfig(env: NodeJS.ProcessEnv, warnings: string[]): IdentityConfig {
  const production = env.NODE_ENV === 'production';
  const jwksUrl = httpUrl(env, 'OPSGRAPH_JWKS_URL');
  const givenTokenSecret = secret(env, 'OPSGRAPH_TOKEN_SECRET', production);
  if (production && givenTokenSecret === null && jwksUrl === null) {
    throw new ConfigError('set OPSGRAPH_TOKEN_SECRET or OPSGRAPH_JWKS_URL: production mode does not verify tokens with the development secret');
  }
  let tokenSecret = givenTokenSecret;
  if (tokenSecret === null && jwksUrl === null) {
    warnings.push('using the development token secret; set OPSGRAPH_TOKEN_SECRET in production');
    tokenSecret = DEVELOPMENT_TOKEN_SECRET;
  }
  let subgraphSecret = secret(env, 'OPSGRAPH_SUBGRAPH_SECRET', production);
  if (subgraphSecret === null) {
    if (production) throw new ConfigError('set OPSGRAPH_SUBGRAPH_SECRET: production mode does not run on the development subgraph secret');
    warnings.push('using the development subgraph secret; set OPSGRAPH_SUBGRAPH_SECRET in production');
    subgraphSecret = DEVELOPMENT_SUBGRAPH_SECRET;
  }
  // Whoever can issue bearer tokens (an identity provider) must not be able to reach the subgraphs.
  if (tokenSecret === subgraphSecret) throw new ConfigError('OPSGRAPH_SUBGRAPH_SECRET must differ from OPSGRAPH_TOKEN_SECRET');
  return {
    tokens: {
      secret: tokenSecret,
      jwksUrl,
      issuer: text(env, 'OPSGRAPH_TOKEN_ISSUER', TOKEN_DEFAULTS.issuer),
      audience: text(env, 'OPSGRAPH_TOKEN_AUDIENCE', TOKEN_DEFAULTS.audience),
      // Bounded so that no setting quietly turns a check off.
      clockSkewSeconds: seconds(env, 'OPSGRAPH_TOKEN_CLOCK_SKEW_SECONDS', TOKEN_DEFAULTS.clockSkewSeconds, 0, 300),
      maxLifetimeSeconds: seconds(env, 'OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS', TOKEN_DEFAULTS.maxLifetimeSeconds, 60, 30 * 86_400),
    },
    subgraphSecret,
  };
}

function secret(env: NodeJS.ProcessEnv, name: string, production: boolean): string | null {
  const value = env[name];
  if (value === undefined || value === '') return null;
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes < MIN_SECRET_BYTES) throw new ConfigError(`${name} must be at least ${MIN_SECRET_BYTES} bytes, got ${bytes}`);
  if (production && (value === DEVELOPMENT_TOKEN_SECRET || value === DEVELOPMENT_SUBGRAPH_SECRET)) {
    throw new ConfigError(`${name} is a development secret (public, in app/identity-config.ts); production mode needs a secret of its own`);
  }
  return value;
}

function text(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number of seconds from ${min} to ${max}, got "${raw}"`);
  return value;
}

/** Signs tokens as the configured issuer, for the command-line tools; refused when only an identity provider holds the keys. */
export function localTokenSigner(tokens: TokenSettings): (claims: TokenClaims) => string {
  const { secret, issuer, audience } = tokens;
  if (secret === null) {
    throw new ConfigError('OPSGRAPH_TOKEN_SECRET is unset: tokens come from the identity provider at OPSGRAPH_JWKS_URL; ask it for one');
  }
  return (claims) => signToken(claims, secret, { issuer, audience });
}
