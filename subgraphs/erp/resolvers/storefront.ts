import { badUserInput } from '../../../lib/errors.ts';
import { money } from '../../../lib/money.ts';
import { judgeSlip, MIN_SUPPLIER_DELIVERIES, type Spread } from '../../../lib/supplier-slip.ts';
import type { Context } from '../context.ts';
import type { AccountRow, SupplierEtaSlipRecord } from '../db/rows.ts';
import type { Offer } from '../generated/resolvers.ts';
import { encodeSupplyFacts, type InboundFact } from '../../../lib/supply-facts.ts';
import { creditStanding, predictFromStanding, type CreditStanding } from '../rules/credit.rules.ts';
import { isSyncStale, syncAgeMinutes } from '../rules/inventory.rules.ts';
import { checkQuantity, netPrice } from '../rules/pricing.rules.ts';

/**
 * The ERP's part of the storefront: the caller's price, ordering rules, terms and credit for a
 * product, and the supply facts the OMS promises from. The account is always the verified
 * caller's (context.principal), never an argument.
 */

/** The signed-in buyer's account; null for staff, anonymous callers and unknown accounts. */
async function buyerAccount({ principal, loaders }: Context): Promise<AccountRow | null> {
  return principal.kind === 'buyer' ? loaders.account.load(principal.accountId) : null;
}

export async function offer(sku: string, quantity: number, context: Context): Promise<Offer | null> {
  if (!Number.isInteger(quantity) || quantity < 1) throw badUserInput('quantity', `must be a whole number of at least 1, got ${quantity}`);
  const { loaders } = context;
  const [item, account, asOf] = await Promise.all([loaders.itemStock.load(sku), buyerAccount(context), context.asOf()]);
  if (!item) return null;
  const [contract, priceList] = account
    ? await Promise.all([loaders.contractPrices.load(account.id), loaders.priceBreaks.load({ priceListId: account.price_list_id, sku })])
    : [[], []];
  const price = netPrice(
    {
      contractPrices: contract
        .filter((row) => row.sku === sku)
        .map((row) => ({ minQuantity: row.min_quantity, unitPriceMinor: BigInt(row.unit_price_minor), validFrom: row.valid_from, validTo: row.valid_to })),
      priceListPrices: priceList.map((row) => ({ minQuantity: row.min_quantity, unitPriceMinor: BigInt(row.unit_price_minor) })),
      listPriceMinor: BigInt(item.list_price_minor),
    },
    quantity,
    asOf.toISOString().slice(0, 10),
  );
  // Contract and price list prices are in the account's price list currency; the list price in the item's.
  const currency = price.source === 'list' ? item.currency_code : account!.currency_code;
  const rules = { minOrderQuantity: item.min_order_quantity, orderIncrement: item.order_increment };
  const check = checkQuantity(quantity, rules);
  return {
    quantity,
    unitPrice: money(price.unitPriceMinor, currency),
    extendedPrice: money(price.extendedPriceMinor, currency),
    priceSource: price.source === 'contract' ? 'CONTRACT' : price.source === 'price_list' ? 'PRICE_LIST' : 'LIST',
    breakMinQuantity: price.breakMinQuantity,
    nextBreak: price.nextBreak && { minQuantity: price.nextBreak.minQuantity, unitPrice: money(price.nextBreak.unitPriceMinor, currency) },
    quantityRules: { ...rules, valid: check.ok, violations: check.ok ? [] : check.violations },
    account: account && (await accountTerms(account, price.extendedPriceMinor, asOf, context)),
  };
}

async function accountTerms(account: AccountRow, orderValueMinor: bigint, asOf: Date, context: Context): Promise<NonNullable<Offer['account']>> {
  const prediction = predictFromStanding(await standingOf(account, asOf, context), orderValueMinor);
  return {
    accountId: account.id,
    paymentTerms: { code: account.payment_terms, netDays: account.payment_terms_days },
    creditHeadroom: money(prediction.headroomMinor, account.currency_code),
    wouldHoldCredit: prediction.wouldHold,
    creditHoldReasons: prediction.reasons,
  };
}

/** Each account's credit standing, worked out once per request however many products a page prices. */
const STANDINGS = new WeakMap<Context, Map<string, Promise<CreditStanding>>>();

function standingOf(account: AccountRow, asOf: Date, context: Context): Promise<CreditStanding> {
  let byAccount = STANDINGS.get(context);
  if (!byAccount) STANDINGS.set(context, (byAccount = new Map()));
  let standing = byAccount.get(account.id);
  if (!standing) {
    standing = context.loaders.openInvoices.load(account.id).then((invoices) => {
      const openInvoices = invoices.map((row) => ({ id: row.id, dueDate: row.due_date, status: row.status, balanceMinor: BigInt(row.balance_minor) }));
      return creditStanding(
        {
          creditStatus: account.credit_status as 'good' | 'watch' | 'hold',
          creditLimitMinor: BigInt(account.credit_limit_minor),
          openReceivableMinor: openInvoices.reduce((sum, invoice) => sum + invoice.balanceMinor, 0n),
          // Open orders not yet invoiced are the OMS's; the ERP's headroom counts invoiced exposure.
          uninvoicedOrdersMinor: 0n,
          openInvoices,
        },
        asOf,
      );
    });
    byAccount.set(account.id, standing);
  }
  return standing;
}

export async function buyerAllowsSubstitutions(context: Context): Promise<boolean> {
  return (await buyerAccount(context))?.allows_substitutions ?? true;
}

export async function supplyFacts(sku: string, { loaders, asOf }: Context): Promise<string> {
  const [item, positions, inbound, slips, branches, at] = await Promise.all([
    loaders.itemStock.load(sku),
    loaders.inventory.load(sku),
    loaders.inboundFacts.load(sku),
    loaders.supplierEtaSlips(),
    loaders.allBranches(),
    asOf(),
  ]);
  const branchOf = new Map(branches.map((branch) => [branch.code, branch]));
  const supplier = item ? await loaders.supplier.load(item.primary_supplier_id) : null;
  const slipOf = slipJudgeOf(slips);
  return encodeSupplyFacts({
    asOf: at.toISOString(),
    family: item?.family ?? '',
    stock: positions.map((position) => {
      const branch = branchOf.get(position.branch_code)!;
      const age = syncAgeMinutes(position.last_synced_at, at);
      return {
        branchCode: position.branch_code,
        timeZone: branch.time_zone,
        onHand: position.on_hand,
        onHold: position.on_hold,
        safetyStock: position.safety_stock,
        lastSyncedAtMs: position.last_synced_at.getTime(),
        syncAgeMinutes: age,
        syncStale: isSyncStale(age, branch.sync_stale_after_minutes),
      };
    }),
    inbound: inbound.map((line) => ({
      purchaseOrderId: line.purchase_order_id,
      lineNumber: line.line_number,
      branchCode: line.branch_code,
      openQuantity: line.open_quantity,
      eta: line.eta,
      supplierId: line.supplier_id,
      slip: slipOf(line.supplier_id),
    })),
    replenishment: supplier && { supplierId: supplier.id, leadTimeDays: supplier.lead_time_days },
    branches: branches.map((branch) => ({ code: branch.code, timeZone: branch.time_zone })),
  });
}

/** The judge of one request's slip rows: the rows are read once per request, and so is the judge built. */
const JUDGES = new WeakMap<readonly SupplierEtaSlipRecord[], (supplierId: string) => InboundFact['slip']>();

function slipJudgeOf(rows: readonly SupplierEtaSlipRecord[]): (supplierId: string) => InboundFact['slip'] {
  let judge = JUDGES.get(rows);
  if (!judge) JUDGES.set(rows, (judge = slipJudge(rows)));
  return judge;
}

/** Each supplier's slip as the promise judges it: its own record, else the pooled one ('*'). */
function slipJudge(rows: readonly SupplierEtaSlipRecord[]): (supplierId: string) => InboundFact['slip'] {
  const spreads = new Map<string, Spread>(rows.map((row) => [row.supplier_id, { p50: row.p50_days, p90: row.p90_days, observations: row.observations }]));
  const judged = new Map<string, InboundFact['slip']>();
  return (supplierId) => {
    let slip = judged.get(supplierId);
    if (!slip) {
      const { basis, ownDeliveries, observations, p50, p90 } = judgeSlip(supplierId, spreads.get(supplierId), spreads.get('*'), MIN_SUPPLIER_DELIVERIES);
      judged.set(supplierId, (slip = { basis, ownDeliveries, observations, p50, p90 }));
    }
    return slip;
  };
}
