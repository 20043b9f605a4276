import { defaultFieldResolver } from 'graphql';
import { forbidden } from './errors.ts';
import { accountScope, type Principal } from './identity.ts';

/**
 * Who may read what. Staff see everything. A buyer sees the public catalogue and their own
 * account's records; an anonymous caller sees only the public catalogue. Two mechanisms, one per
 * kind of data, each applied in one place per subgraph:
 *
 * - Account-scoped records are filtered in SQL by the caller's visible accounts (the loaders and
 *   list resolvers pass `visibleAccounts(principal)` to every repository statement), so a list,
 *   a look-up by key, a nested field and an `_entities` reference all meet the same condition.
 *   Someone else's record reads exactly as "not found": null for a look-up, absent from a list.
 * - Internal operational data answers FORBIDDEN to anyone but staff; each subgraph lists those
 *   fields in its `access.ts` (guarded with `guardStaffOnly`).
 *
 * | data (why)                                                          | staff | buyer       | anonymous |
 * | ------------------------------------------------------------------- | ----- | ----------- | --------- |
 * | PIM: products, families, categories, attributes, media, relations   | yes   | yes         | yes       |
 * |   (the catalogue; governanceStatus and completeness name no account |       |             |           |
 * |   or cost, so they stay open)                                       |       |             |           |
 * | ERP Product: itemMaster (list price, UoM, MOQ, tier, active),       | yes   | yes         | yes       |
 * |   inventory (which branches hold it, sync age); Branch, all fields  |       |             |           |
 * |   (what a storefront shows; sync age qualifies the stock figures)   |       |             |           |
 * | OMS Product: availability's bands and lead time; promise's dates,   | yes   | yes         | yes       |
 * |   parts by kind, ship options and reasons in words                  |       |             |           |
 * | Stock figures: ERP networkOnHand / networkOnHold /                  | yes   | exact (1)   | null      |
 * |   networkSafetyStock, InventoryPosition onHand / onHold /           |       |             |           |
 * |   safetyStock / available; OMS allocatedQuantity,                   |       |             |           |
 * |   availableQuantity, availability's quantities and ATP, promise's   |       |             |           |
 * |   availableNow, part and split-shipment quantities, unit counts in  |       |             |           |
 * |   its reasons (competitors must not read our stock levels)          |       |             |           |
 * | OMS promise sourcing: PromisePart purchaseOrderId / lineNumber /    | yes   | null        | null      |
 * |   eta / supplierId, and reasons naming a purchase order, supplier   |       |             |           |
 * |   or its delivery record (the same sourcing as ERP suppliers and    |       |             |           |
 * |   purchase orders below, read through the promise)                  |       |             |           |
 * | ops whoAmI (says who the caller is)                                 | yes   | yes         | yes       |
 * | ERP Account (terms, credit limit/status, open balance, headroom,    | yes   | own account | none      |
 * |   price list, contract prices), Invoice, Payment, CreditHold,       |       |             |           |
 * |   Dispute; Order.invoices / Order.creditHolds (a customer's own     |       |             |           |
 * |   commercial terms and money)                                       |       |             |           |
 * | OMS Order (lines, status history, campaign, quote), Quote,          | yes   | own account | none      |
 * |   Shipment, Return; Account.orders / quotes / returns               |       |             |           |
 * | ERP ItemMaster.standardCost (our cost: it reveals margins)          | yes   | FORBIDDEN   | FORBIDDEN |
 * | ERP suppliers, purchase orders, ItemMaster.primarySupplier,         | yes   | FORBIDDEN   | FORBIDDEN |
 * |   Product.inboundSupply, Product.demandForecast (sourcing, planning)|       |             |           |
 * | OMS exceptions: Query.exceptions, Order.exceptions (internal work)  | yes   | FORBIDDEN   | FORBIDDEN |
 * | OMS Shipment.freightCost / expediteCost, Return.cost (our costs)    | yes   | FORBIDDEN   | FORBIDDEN |
 * | OMS Shipment.pickToShipHours / packedByCutoff (warehouse SLA stats) | yes   | FORBIDDEN   | FORBIDDEN |
 * | OMS Branch.shipments (a branch's whole queue, every account's)      | yes   | FORBIDDEN   | FORBIDDEN |
 * | KPIs: kpis, scorecard, kpiCatalog, scorecardDefinitions, and the    | yes   | FORBIDDEN   | FORBIDDEN |
 * |   KpiPeriod and Scorecard entities in ERP, OMS and ops (aggregates  |       |             |           |
 * |   over every account: the business's own performance)               |       |             |           |
 * | ops mutations (changes to the scorecard)                            | yes   | FORBIDDEN   | FORBIDDEN |
 * | integration: the event queue, trading partners, alerts, and their | yes   | FORBIDDEN   | FORBIDDEN |
 * |   changes (partners' documents and our internal work)               |       |             |           |
 * | ERP applyErpEvents (partner events changing the record; called by  | yes   | FORBIDDEN   | FORBIDDEN |
 * |   the integration intake straight on the subgraph, not public)      |       |             |           |
 *
 * (1) OPSGRAPH_EXACT_STOCK_FOR: "buyers" (the default) or "staff" (buyers see bands and nulls too).
 *
 * Whole fields and entities that are internal answer FORBIDDEN, so a caller learns at once that
 * signing in as staff is the way to them. Stock figures and promise sourcing instead read null
 * for those who may not see them: they sit inside answers every storefront asks for
 * (availability, promise, a product's stock), which must keep working for every caller, and
 * their descriptions say when they are null. Every stock figure follows one rule,
 * `seesExactStock`, applied in one place per subgraph (its context).
 *
 * A buyer's account always comes from the principal, never from an argument: `orders(filter:
 * { accountId })` is intersected with the visible accounts, so naming another account finds nothing.
 */

/**
 * The accounts a caller's reads are limited to, as a repository parameter: null for every account
 * (staff), the buyer's own, or none (anonymous). Statements apply it as
 * `($n::text[] IS NULL OR account_id = ANY($n::text[]))`.
 */
export type VisibleAccounts = readonly string[] | null;

export function visibleAccounts(principal: Principal): VisibleAccounts {
  const scope = accountScope(principal);
  if (scope.kind === 'all') return null;
  return scope.kind === 'account' ? [scope.accountId] : [];
}

export function isVisibleAccount(visible: VisibleAccounts, accountId: string): boolean {
  return visible === null || visible.includes(accountId);
}

/** Who sees exact stock figures besides staff: signed-in buyers too, or nobody else. */
export type ExactStockAudience = 'buyers' | 'staff';

/**
 * OPSGRAPH_EXACT_STOCK_FOR, read by every subgraph that serves stock figures so they all draw the
 * line at the same caller; a bad value stops the subgraph at start, naming the variable.
 */
export function exactStockAudience(env: NodeJS.ProcessEnv = process.env): ExactStockAudience {
  const audience = env.OPSGRAPH_EXACT_STOCK_FOR || 'buyers';
  if (audience !== 'buyers' && audience !== 'staff') {
    throw new Error(`OPSGRAPH_EXACT_STOCK_FOR must be "buyers" or "staff", got "${audience}"`);
  }
  return audience;
}

/** Whether `principal` reads exact stock figures: staff always, buyers unless the audience is staff, anonymous callers never. */
export function seesExactStock(principal: Principal, audience: ExactStockAudience): boolean {
  return principal.kind === 'staff' || (principal.kind === 'buyer' && audience === 'buyers');
}

/** Refuses anyone but staff, naming what they asked for: "KPIs are for staff: sign in with a staff token". */
export function requireStaff(principal: Principal, what: string): void {
  if (principal.kind !== 'staff') throw forbidden(`${what} are for staff: sign in with a staff token`);
}

/** Staff-only fields of a subgraph: type -> field -> what the refusal calls it (plural, e.g. "KPIs"). */
export type StaffOnlyFields<Resolvers> = {
  [Type in keyof Resolvers]?: { [Field in keyof NonNullable<Resolvers[Type]>]?: string };
};

type AnyResolver = (...args: unknown[]) => unknown;

/**
 * The resolvers with each listed field refusing non-staff callers before it resolves. A field
 * without a resolver of its own is guarded around the default one; `__resolveReference` (whose
 * context is its second argument) is guarded too, so `_entities` cannot go around a root field.
 */
export function guardStaffOnly<Resolvers extends object>(resolvers: Resolvers, fields: StaffOnlyFields<Resolvers>): Resolvers {
  const guarded: Record<string, Record<string, unknown>> = { ...(resolvers as Record<string, Record<string, unknown>>) };
  for (const [type, byField] of Object.entries(fields as Record<string, Record<string, string>>)) {
    const typeResolvers = { ...guarded[type] };
    for (const [field, what] of Object.entries(byField)) typeResolvers[field] = staffOnly(field, what, typeResolvers[field]);
    guarded[type] = typeResolvers;
  }
  return guarded as Resolvers;
}

function staffOnly(field: string, what: string, resolver: unknown): AnyResolver {
  if (resolver !== undefined && typeof resolver !== 'function') throw new Error(`cannot guard ${field}: its resolver is not a function`);
  if (field === '__resolveReference') {
    const resolve = (resolver ?? ((reference: unknown) => reference)) as AnyResolver;
    // Async, so a refusal nulls this representation only: a synchronous throw inside _entities
    // would fail every representation of the batch.
    return async (reference, context, info) => {
      requireStaff((context as { principal: Principal }).principal, what);
      return resolve(reference, context, info);
    };
  }
  const resolve = (resolver ?? defaultFieldResolver) as AnyResolver;
  return (parent, args, context, info) => {
    requireStaff((context as { principal: Principal }).principal, what);
    return resolve(parent, args, context, info);
  };
}
