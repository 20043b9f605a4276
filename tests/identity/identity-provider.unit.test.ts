import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { principalOfAuthorization } from '../../lib/authentication.ts';
import { IdentityError, signToken } from '../../lib/identity.ts';
import { startIdentityProvider, type TestIdentityProvider } from '../../lib/testing/identity-provider.ts';
import { createTokenVerifier, TOKEN_DEFAULTS, TokenKeysUnavailableError, type TokenSettings } from '../../lib/tokens.ts';

/** Tokens from an identity provider, checked against the key set it publishes (a local node:http server). */
let provider: TestIdentityProvider;
let settings: TokenSettings;
beforeAll(async () => {
  provider = await startIdentityProvider();
  settings = { ...TOKEN_DEFAULTS, secret: null, jwksUrl: provider.jwksUrl };
});
afterAll(async () => {
  await provider?.close();
});

const claims = () => {
  const iat = Math.floor(Date.now() / 1000);
  return { iss: 'opsgraph', aud: 'opsgraph', sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', iat, exp: iat + 600 };
};

async function refusal(verify: Promise<unknown>): Promise<Error> {
  const error = await verify.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('tokens from an identity provider (OPSGRAPH_JWKS_URL)', () => {
  it('are accepted when signed with RS256 or ES256 by a key the provider publishes', async () => {
    const verifier = createTokenVerifier(settings);
    for (const alg of ['RS256', 'ES256'] as const) {
      expect(await verifier.verify(await provider.sign(claims(), alg)), alg).toEqual({ kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' });
    }
  });

  it('are refused when signed by a key the provider does not publish, or with the claims changed', async () => {
    const unknown = await refusal(createTokenVerifier(settings).verify(await provider.signWithUnknownKey(claims())));
    expect(unknown).toBeInstanceOf(IdentityError);
    expect(unknown.message).toBe('bearer token is signed by a key the identity provider does not publish (kid "test-rotated-away")');
    const [header, , signature] = (await provider.sign(claims(), 'ES256')).split('.');
    const staff = Buffer.from(JSON.stringify({ ...claims(), role: 'staff' })).toString('base64url');
    expect((await refusal(createTokenVerifier(settings).verify(`${header}.${staff}.${signature}`))).message).toBe('bearer token signature does not verify');
  });

  it('accept no HS256 token when no secret is configured: a public key is never taken for an HMAC secret', async () => {
    const hs256 = signToken({ sub: 'u-17', role: 'staff', exp: Math.floor(Date.now() / 1000) + 600 }, provider.jwksUrl);
    expect((await refusal(createTokenVerifier(settings).verify(hs256))).message).toBe(
      'bearer token alg HS256 is not accepted (accepted: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512)',
    );
  });

  it('sit beside the HS256 secret when both are configured', async () => {
    const both = createTokenVerifier({ ...settings, secret: 'identity-provider-unit-test-secret-0123' });
    const hs256 = signToken({ sub: 'ana', role: 'staff', exp: Math.floor(Date.now() / 1000) + 600 }, 'identity-provider-unit-test-secret-0123');
    expect(await both.verify(hs256)).toEqual({ kind: 'staff', subject: 'ana' });
    expect((await both.verify(await provider.sign(claims(), 'RS256'))).kind).toBe('buyer');
  });

  it('cannot be checked while the key set cannot be read: an outage, not the caller\'s fault', async () => {
    const down = createTokenVerifier({ ...settings, jwksUrl: `${provider.jwksUrl}-moved` });
    const error = await refusal(down.verify(await provider.sign(claims(), 'RS256')));
    expect(error).toBeInstanceOf(TokenKeysUnavailableError);
    expect(error.message).toBe(`the identity provider's keys at ${provider.jwksUrl}-moved could not be read: Expected 200 OK from the JSON Web Key Set HTTP response`);
    // What a caller then gets from the gateway or a subgraph: 503, to retry, never 401 or anonymous.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = await refusal(principalOfAuthorization(`Bearer ${await provider.sign(claims(), 'ES256')}`, down));
      expect(answer).toMatchObject({ message: 'the identity provider\'s keys cannot be read just now; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
    } finally {
      logged.mockRestore();
    }
  });
});
