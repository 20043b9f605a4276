import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, TOKEN_DEFAULTS } from '../../lib/tokens.ts';

/** `npm run token` as a developer or an operator setting up a router runs it (scripts/token.ts). */
const root = path.resolve(import.meta.dirname, '../..');
const TOKEN_SECRET = 'token-cli-test-token-secret-0123456789ab';
const SUBGRAPH_SECRET = 'token-cli-test-subgraph-secret-012345678';

async function token(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    cwd: root,
    env: { ...process.env, OPSGRAPH_TOKEN_SECRET: TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: SUBGRAPH_SECRET, OPSGRAPH_JWKS_URL: '', NODE_ENV: '' },
  });
}

describe('npm run token', () => {
  it('prints a token with the configured issuer and audience, which the graph\'s verifier accepts', async () => {
    const { stdout } = await token(['--role', 'buyer', '--account', 'ACCT-0001', '--sub', 'u-17']);
    const payload = JSON.parse(Buffer.from(stdout.trim().split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ iss: 'opsgraph', aud: 'opsgraph', sub: 'u-17', role: 'buyer', acct: 'ACCT-0001' });
    expect(payload.exp - payload.iat).toBe(3600);
    const verifier = createTokenVerifier({ ...TOKEN_DEFAULTS, secret: TOKEN_SECRET, jwksUrl: null });
    expect(await verifier.verify(stdout.trim())).toEqual({ kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' });
  });

  it('prints a subgraph\'s gateway credential with --credential, as openssl computes it', async () => {
    const { stdout, stderr } = await token(['--credential', 'erp']);
    // printf 'opsgraph-gateway-credential:erp' | openssl dgst -sha256 -hmac "$SUBGRAPH_SECRET" -binary | base64 | tr '+/' '-_' | tr -d '='
    expect(stdout).toBe('owWOPWQKddZ09t6ez98a2e2NFWvMyDBmwzibRCIZZWc\n');
    expect(stderr).toBe('the erp subgraph\'s credential: send it as "x-opsgraph-gateway-credential: <credential>" on every call to it\n');
  });
});
