import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodePrincipalAssertion, encodePrincipalAssertion, IdentityError, type Principal } from '../../lib/identity.ts';

const SECRET = 'principal-assertion-unit-test-secret-0123';
const ISSUED = new Date('2026-11-02T12:00:00Z');
const BUYER: Principal = { kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' };

function rejection(assertion: string, now = ISSUED, secret = SECRET): string {
  try {
    decodePrincipalAssertion(assertion, secret, now);
  } catch (error) {
    expect(error).toBeInstanceOf(IdentityError);
    return (error as Error).message;
  }
  throw new Error('the assertion was accepted');
}

/** An assertion signed correctly around a payload a gateway would never send. */
function signedPayload(payload: object): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${createHmac('sha256', SECRET).update(encoded).digest('base64url')}`;
}

describe('the gateway-to-subgraph principal assertion', () => {
  it('round-trips each kind of principal', () => {
    const principals: Principal[] = [BUYER, { kind: 'staff', subject: 'ana' }, { kind: 'anonymous' }];
    for (const principal of principals) {
      expect(decodePrincipalAssertion(encodePrincipalAssertion(principal, SECRET, ISSUED), SECRET, ISSUED)).toEqual(principal);
    }
  });

  it('lasts 60 seconds: accepted 60 s after issue, refused at 61 s', () => {
    const assertion = encodePrincipalAssertion(BUYER, SECRET, ISSUED);
    expect(decodePrincipalAssertion(assertion, SECRET, new Date('2026-11-02T12:01:00Z'))).toEqual(BUYER);
    expect(rejection(assertion, new Date('2026-11-02T12:01:01Z'))).toBe('principal assertion expired (issued 61 s ago; assertions last 60 s)');
  });

  it('tolerates 5 s of clock skew between gateway and subgraph, not more', () => {
    const assertion = encodePrincipalAssertion(BUYER, SECRET, ISSUED);
    expect(decodePrincipalAssertion(assertion, SECRET, new Date('2026-11-02T11:59:55Z'))).toEqual(BUYER);
    expect(rejection(assertion, new Date('2026-11-02T11:59:54Z'))).toBe('principal assertion is issued 6 s in the future');
  });

  it('refuses an assertion with any one character changed', () => {
    const assertion = encodePrincipalAssertion(BUYER, SECRET, ISSUED);
    for (let i = 0; i < assertion.length; i++) {
      if (assertion[i] === '.') continue;
      const flipped = assertion.slice(0, i) + (assertion[i] === 'A' ? 'B' : 'A') + assertion.slice(i + 1);
      expect(rejection(flipped), `character ${i}`).toBe('principal assertion signature does not verify');
    }
  });

  it('refuses an assertion signed with another secret, such as the token secret', () => {
    const assertion = encodePrincipalAssertion(BUYER, 'the-bearer-token-secret-0123456789abcdef', ISSUED);
    expect(rejection(assertion)).toBe('principal assertion signature does not verify');
  });

  it('refuses a payload re-encoded for another account with the original signature', () => {
    const [, signature] = encodePrincipalAssertion(BUYER, SECRET, ISSUED).split('.');
    const iat = ISSUED.getTime() / 1000;
    const forged = Buffer.from(JSON.stringify({ ...BUYER, accountId: 'ACCT-0002', iat })).toString('base64url');
    expect(rejection(`${forged}.${signature}`)).toBe('principal assertion signature does not verify');
  });

  it('refuses what is not an assertion, and an unsigned one', () => {
    const [payload] = encodePrincipalAssertion(BUYER, SECRET, ISSUED).split('.');
    for (const assertion of ['', 'staff', `${payload}`, `${payload}.`, 'a.b.c', '{"kind":"staff"}']) {
      expect(rejection(assertion), assertion).toBe('principal assertion is malformed (expected base64url payload "." signature)');
    }
  });

  it('refuses a correctly signed payload that is not a principal or has no issue time', () => {
    const iat = ISSUED.getTime() / 1000;
    expect(rejection(signedPayload({ kind: 'buyer', subject: 'u-17', iat }))).toBe(
      'principal assertion does not describe a buyer, staff member or anonymous caller',
    );
    expect(rejection(signedPayload({ kind: 'admin', subject: 'u-17', iat }))).toBe(
      'principal assertion does not describe a buyer, staff member or anonymous caller',
    );
    expect(rejection(signedPayload({ kind: 'staff', subject: 'ana' }))).toBe('principal assertion has no iat');
  });
});
