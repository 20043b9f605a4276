import type { Db } from '../../../lib/db.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { tradingPartnersByIds, upsertTradingPartners } from '../db/partners.repository.ts';
import type { TradingPartnerRow } from '../db/rows.ts';

const KINDS: readonly TradingPartnerRow['kind'][] = ['customer', 'supplier', 'warehouse', 'carrier', 'bank'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const X12_ID = /^([A-Za-z0-9]{2}):(\S.{0,14})$/;

export interface TradingPartnerInput {
  id: string;
  name: string;
  kind: string;
  x12Id?: string | null;
  accountId?: string | null;
  supplierId?: string | null;
  branchCode?: string | null;
}

/** Registers or changes a partner after checking each field, naming the one at fault. */
export async function saveTradingPartner(db: Db, input: TradingPartnerInput): Promise<TradingPartnerRow> {
  if (!ID.test(input.id)) throw badUserInput('input.id', `must be letters, digits, '.', '_' or '-' (starting with a letter or digit); got "${input.id}"`);
  if (input.name.trim() === '') throw badUserInput('input.name', 'must not be empty');
  if (!KINDS.includes(input.kind as TradingPartnerRow['kind'])) throw badUserInput('input.kind', `must be one of ${KINDS.join(', ')}; got "${input.kind}"`);
  const x12 = input.x12Id ? X12_ID.exec(input.x12Id) : null;
  if (input.x12Id && !x12) throw badUserInput('input.x12Id', `must be qualifier:id as in ISA05/ISA06, e.g. "ZZ:ACMEEDI" (an id of at most 15 characters); got "${input.x12Id}"`);
  const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  const row: TradingPartnerRow = {
    id: input.id, name: input.name.trim(), kind: input.kind as TradingPartnerRow['kind'],
    x12_qualifier: x12 ? x12[1]! : null, x12_id: x12 ? x12[2]!.trim() : null,
    account_id: blank(input.accountId), supplier_id: blank(input.supplierId), branch_code: blank(input.branchCode),
  };
  try {
    await upsertTradingPartners(db, [row]);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw badUserInput('input.x12Id', `${input.x12Id} already belongs to another partner`);
    throw error;
  }
  return (await tradingPartnersByIds(db, [row.id]))[0]!;
}
