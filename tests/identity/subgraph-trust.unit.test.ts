import { describe, expect, it } from 'vitest';
import { IdentityError, signHs256, signToken } from '../../lib/identity.ts';
import { credentialCheck, gatewayCredential, serviceTokenKey, signServiceToken } from '../../lib/subgraph-trust.ts';
import { createTokenVerifier, TOKEN_DEFAULTS } from '../../lib/tokens.ts';

const SUBGRAPH_SECRET = 'subgraph-trust-unit-test-secret-0123456789';
const TOKEN_SECRET = 'subgraph-trust-unit-test-token-secret-012';
const SETTINGS = { ...TOKEN_DEFAULTS, secret: TOKEN_SECRET, jwksUrl: null };
const NOW = new Date('2026-11-02T12:00:00Z');

/** The verifiers of the ERP and OMS subgraphs, and the gateway's, which trusts no service token. */
const erp = () => createTokenVerifier(SETTINGS, { subgraphSecret: SUBGRAPH_SECRET, audience: 'erp' });
const oms = () => createTokenVerifier(SETTINGS, { subgraphSecret: SUBGRAPH_SECRET, audience: 'oms' });
const gateway = () => createTokenVerifier(SETTINGS);

async function refusal(verify: Promise<unknown>): Promise<string> {
  const error = await verify.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(IdentityError);
  return (error as Error).message;
}

describe('the gateway credential', () => {
  it('is base64url(HMAC-SHA256(secret, "opsgraph-gateway-credential:" + subgraph)), as openssl computes it for a router\'s configuration', () => {
    // printf 'opsgraph-gateway-credential:erp' | openssl dgst -sha256 -hmac "$SECRET" -binary | base64 | tr '+/' '-_' | tr -d '='
    expect(gatewayCredential(SUBGRAPH_SECRET, 'erp')).toBe('NptHbGqMS5v_c25BvmqRXrO6sdLI0n3ZuIkI-xp-vNw');
    expect(gatewayCredential(SUBGRAPH_SECRET, 'oms')).toBe('QhlP-y-C4NOi-uxuqSbOl6uiAplTAYQICG0mQvY65uU');
  });

  it('opens one subgraph only: another subgraph\'s, a changed or a missing credential is refused', () => {
    const erpAdmits = credentialCheck(SUBGRAPH_SECRET, 'erp');
    expect(erpAdmits('NptHbGqMS5v_c25BvmqRXrO6sdLI0n3ZuIkI-xp-vNw')).toBe(true);
    expect(erpAdmits('QhlP-y-C4NOi-uxuqSbOl6uiAplTAYQICG0mQvY65uU')).toBe(false);
    expect(erpAdmits('NptHbGqMS5v_c25BvmqRXrO6sdLI0n3ZuIkI-xp-vNx')).toBe(false);
    expect(erpAdmits(gatewayCredential('another-subgraph-secret-0123456789abcdef', 'erp'))).toBe(false);
    for (const header of [undefined, '', 'NptHbGqMS5v_c25BvmqRXrO6sdLI0n3ZuIkI-xp-vN', ['NptHbGqMS5v_c25BvmqRXrO6sdLI0n3ZuIkI-xp-vNw']]) {
      expect(erpAdmits(header), String(header)).toBe(false);
    }
  });
});

describe('service tokens', () => {
  const token = signServiceToken(SUBGRAPH_SECRET, 'ops-intake', 'erp', NOW);

  it('make the calling service a staff principal at the subgraph they are addressed to', async () => {
    expect(await erp().verify(token, NOW)).toEqual({ kind: 'staff', subject: 'service:ops-intake' });
  });

  it('are refused by another subgraph and by the gateway', async () => {
    expect(await refusal(oms().verify(token, NOW))).toBe('bearer token audience "erp" is not accepted (expected "oms")');
    // The gateway checks it against the token secret, as any caller's token.
    expect(await refusal(gateway().verify(token, NOW))).toBe('bearer token signature does not verify');
  });

  it('last a minute, with the clock skew', async () => {
    expect((await erp().verify(token, new Date('2026-11-02T12:01:29Z'))).kind).toBe('staff');
    expect(await refusal(erp().verify(token, new Date('2026-11-02T12:01:30Z')))).toBe('bearer token expired at 2026-11-02T12:01:00.000Z');
  });

  it('cannot be made with the token secret, nor made to last longer', async () => {
    const claims = { sub: 'service:mallory', role: 'staff', iss: 'opsgraph-internal', aud: 'erp', iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 60 };
    expect(await refusal(erp().verify(signHs256(claims, TOKEN_SECRET), NOW))).toBe('bearer token signature does not verify');
    expect(await refusal(erp().verify(signHs256(claims, SUBGRAPH_SECRET), NOW))).toBe('bearer token signature does not verify');
    const longLived = signHs256({ ...claims, exp: claims.iat + 3600 }, serviceTokenKey(SUBGRAPH_SECRET));
    expect(await refusal(erp().verify(longLived, NOW))).toBe('bearer token lives too long: exp 2026-11-02T13:00:00.000Z is over 60 s after its iat');
  });

  it('leave the callers\' own tokens to the caller settings at a subgraph', async () => {
    const caller = signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: NOW.getTime() / 1000 + 60 }, TOKEN_SECRET);
    expect(await erp().verify(caller, NOW)).toEqual({ kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' });
  });
});
