import { describe, expect, it } from 'vitest';
import { exactStockAudience, guardStaffOnly, isVisibleAccount, seesExactStock, visibleAccounts } from '../../lib/access.ts';
import { ANONYMOUS, type Principal } from '../../lib/identity.ts';

const buyer: Principal = { kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' };
const staff: Principal = { kind: 'staff', subject: 'ana' };

describe('the accounts a caller reads', () => {
  it('are every account for staff (null), the buyer\'s own, and none for an anonymous caller', () => {
    expect(visibleAccounts(staff)).toBeNull();
    expect(visibleAccounts(buyer)).toEqual(['ACCT-0001']);
    expect(visibleAccounts(ANONYMOUS)).toEqual([]);
    expect(isVisibleAccount(visibleAccounts(staff), 'ACCT-0002')).toBe(true);
    expect(isVisibleAccount(visibleAccounts(buyer), 'ACCT-0002')).toBe(false);
    expect(isVisibleAccount(visibleAccounts(ANONYMOUS), 'ACCT-0001')).toBe(false);
  });
});

describe('who sees exact stock figures', () => {
  it('is staff and buyers by default, staff only when OPSGRAPH_EXACT_STOCK_FOR says so, never an anonymous caller', () => {
    expect(exactStockAudience({})).toBe('buyers');
    expect([staff, buyer, ANONYMOUS].map((principal) => seesExactStock(principal, 'buyers'))).toEqual([true, true, false]);
    expect(exactStockAudience({ OPSGRAPH_EXACT_STOCK_FOR: 'staff' })).toBe('staff');
    expect([staff, buyer, ANONYMOUS].map((principal) => seesExactStock(principal, 'staff'))).toEqual([true, false, false]);
    expect(() => exactStockAudience({ OPSGRAPH_EXACT_STOCK_FOR: 'all' })).toThrow('OPSGRAPH_EXACT_STOCK_FOR must be "buyers" or "staff", got "all"');
  });
});

describe('staff-only fields', () => {
  const resolvers = guardStaffOnly(
    {
      Query: { secret: () => 'for staff', open: () => 'for all' },
      Item: { __resolveReference: (reference: { id: string }) => ({ ...reference, found: true }) },
    } as Record<string, Record<string, (...args: any[]) => unknown>>,
    { Query: { secret: 'Secrets', plain: 'Plain values' }, Item: { __resolveReference: 'Items' } },
  );
  const field = (name: string, principal: Principal, parent: object = {}) =>
    resolvers.Query![name]!(parent, {}, { principal }, { fieldName: name });

  it('answer staff as before and refuse anyone else with FORBIDDEN, naming what they asked for', () => {
    expect(field('secret', staff)).toBe('for staff');
    for (const principal of [buyer, ANONYMOUS]) {
      expect(() => field('secret', principal)).toThrow(
        expect.objectContaining({ message: 'Secrets are for staff: sign in with a staff token', extensions: { code: 'FORBIDDEN' } }),
      );
    }
    expect(field('open', ANONYMOUS)).toBe('for all');
  });

  it('guard a field served by the default resolver', () => {
    expect(field('plain', staff, { plain: 42 })).toBe(42);
    expect(() => field('plain', buyer, { plain: 42 })).toThrow('Plain values are for staff');
  });

  it('guard an entity reference, whose context is its second argument', async () => {
    const reference = resolvers.Item!.__resolveReference!;
    await expect(reference({ id: 'X' }, { principal: staff }, {})).resolves.toEqual({ id: 'X', found: true });
    await expect(reference({ id: 'X' }, { principal: ANONYMOUS }, {})).rejects.toThrow('Items are for staff');
  });
});
