import { describe, expect, it } from 'vitest';
import { accountScope, mayAccessAccount, type Principal } from '../../lib/identity.ts';

const buyer: Principal = { kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' };
const staff: Principal = { kind: 'staff', subject: 'ana' };
const anonymous: Principal = { kind: 'anonymous' };

describe('which accounts a principal may see', () => {
  it('gives staff every account, a buyer their own, an anonymous caller none', () => {
    expect(accountScope(staff)).toEqual({ kind: 'all' });
    expect(accountScope(buyer)).toEqual({ kind: 'account', accountId: 'ACCT-0001' });
    expect(accountScope(anonymous)).toEqual({ kind: 'none' });
  });

  it('answers for one account', () => {
    expect(mayAccessAccount(staff, 'ACCT-0002')).toBe(true);
    expect(mayAccessAccount(buyer, 'ACCT-0001')).toBe(true);
    expect(mayAccessAccount(buyer, 'ACCT-0002')).toBe(false);
    expect(mayAccessAccount(buyer, 'acct-0001')).toBe(false);
    expect(mayAccessAccount(anonymous, 'ACCT-0001')).toBe(false);
  });
});
