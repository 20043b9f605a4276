import { parseArgs } from 'node:util';
import { ConfigError, DEVELOPMENT_SUBGRAPH_SECRET, DEVELOPMENT_TOKEN_SECRET, DOMAINS, loadConfig, type Config } from '../app/config.ts';
import { localTokenSigner } from '../app/identity-config.ts';
import type { TokenClaims } from '../lib/identity.ts';
import { gatewayCredential, GATEWAY_CREDENTIAL_HEADER } from '../lib/subgraph-trust.ts';

/**
 * `npm run -s token -- --role buyer --account ACCT-0001 [--sub name] [--ttl 3600]`: prints a bearer
 * token signed with the configured OPSGRAPH_TOKEN_SECRET (the development secret when unset), with
 * the configured issuer and audience, so a frontend developer can call the gateway as a buyer or a
 * staff member. `npm run -s token -- --credential erp` prints instead the gateway credential a
 * router's configuration must insert on its calls to that subgraph. Only the token or credential
 * goes to stdout; what it says goes to stderr.
 */
const USAGE = 'usage: npm run -s token -- --role buyer --account ACCT-0001 [--sub name] [--ttl seconds]\n' +
  '       npm run -s token -- --role staff [--sub name] [--ttl seconds]\n' +
  `       npm run -s token -- --credential ${DOMAINS.join('|')}`;

const OPTIONS = {
  role: { type: 'string' }, account: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' },
  credential: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function claimsFrom(values: Values, maxLifetimeSeconds: number, now: Date): TokenClaims {
  const role = values.role;
  if (role !== 'buyer' && role !== 'staff') throw new ConfigError(`--role must be buyer or staff, got ${JSON.stringify(role ?? null)}`);
  if (role === 'buyer' && !values.account) throw new ConfigError('a buyer token needs --account, e.g. --account ACCT-0001');
  if (role === 'staff' && values.account) throw new ConfigError('--account is for buyer tokens; staff see every account');
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new ConfigError(`--ttl must be a whole number of seconds above 0, got "${values.ttl}"`);
  if (ttl > maxLifetimeSeconds) throw new ConfigError(`--ttl must be at most ${maxLifetimeSeconds} s (OPSGRAPH_TOKEN_MAX_LIFETIME_SECONDS), got ${ttl}`);
  const iat = Math.floor(now.getTime() / 1000);
  return { sub: values.sub ?? `demo-${role}`, role, ...(role === 'buyer' ? { acct: values.account } : {}), iat, exp: iat + ttl };
}

function printCredential(config: Config, subgraph: string): void {
  if (!(DOMAINS as readonly string[]).includes(subgraph)) throw new ConfigError(`--credential must name a subgraph (${DOMAINS.join(', ')}), got "${subgraph}"`);
  if (config.subgraphSecret === DEVELOPMENT_SUBGRAPH_SECRET) {
    console.error('warning: derived from the development subgraph secret; only subgraphs without OPSGRAPH_SUBGRAPH_SECRET accept it');
  }
  console.error(`the ${subgraph} subgraph's credential: send it as "${GATEWAY_CREDENTIAL_HEADER}: <credential>" on every call to it`);
  console.log(gatewayCredential(config.subgraphSecret, subgraph));
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), options: OPTIONS });
  const config = loadConfig();
  if (values.credential !== undefined) return printCredential(config, values.credential);
  const claims = claimsFrom(values, config.tokens.maxLifetimeSeconds, new Date());
  const token = localTokenSigner(config.tokens)(claims);
  if (config.tokens.secret === DEVELOPMENT_TOKEN_SECRET) {
    console.error('warning: signed with the development token secret; only a graph without OPSGRAPH_TOKEN_SECRET accepts it');
  }
  const who = claims.role === 'buyer' ? `buyer ${claims.sub} of ${claims.acct}` : `staff member ${claims.sub}`;
  console.error(`token for ${who}, expires ${new Date(claims.exp * 1000).toISOString()}; send it as "Authorization: Bearer <token>"`);
  console.log(token);
}

try {
  main();
} catch (error) {
  const known = error instanceof ConfigError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`token: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n${USAGE}`);
  process.exit(1);
}
