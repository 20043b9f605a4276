import { parseArgs } from 'node:util';
import { ConfigError, DEVELOPMENT_TOKEN_SECRET, loadConfig } from '../app/config.ts';
import { signToken, type TokenClaims } from '../lib/identity.ts';

/**
 * `npm run -s token -- --role buyer --account ACCT-0001 [--sub name] [--ttl 3600]`: prints a bearer
 * token signed with the configured OPSGRAPH_TOKEN_SECRET (the development secret when unset), so a
 * frontend developer can call the gateway as a buyer or a staff member. Only the token goes to
 * stdout; what it says goes to stderr.
 */
const USAGE = 'usage: npm run -s token -- --role buyer --account ACCT-0001 [--sub name] [--ttl seconds]\n' +
  '       npm run -s token -- --role staff [--sub name] [--ttl seconds]';

function claimsFromArgs(args: string[], now: Date): TokenClaims {
  const { values } = parseArgs({
    args,
    options: { role: { type: 'string' }, account: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' } },
  });
  const role = values.role;
  if (role !== 'buyer' && role !== 'staff') throw new ConfigError(`--role must be buyer or staff, got ${JSON.stringify(role ?? null)}`);
  if (role === 'buyer' && !values.account) throw new ConfigError('a buyer token needs --account, e.g. --account ACCT-0001');
  if (role === 'staff' && values.account) throw new ConfigError('--account is for buyer tokens; staff see every account');
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new ConfigError(`--ttl must be a whole number of seconds above 0, got "${values.ttl}"`);
  const iat = Math.floor(now.getTime() / 1000);
  return { sub: values.sub ?? `demo-${role}`, role, ...(role === 'buyer' ? { acct: values.account } : {}), iat, exp: iat + ttl };
}

function main(): void {
  const config = loadConfig();
  const claims = claimsFromArgs(process.argv.slice(2), new Date());
  const token = signToken(claims, config.tokenSecret);
  if (config.tokenSecret === DEVELOPMENT_TOKEN_SECRET) {
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
