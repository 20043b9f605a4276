import { guardStaffOnly } from '../../../lib/access.ts';
import { scalarResolvers } from '../../../lib/scalars.ts';
import { STAFF_ONLY } from '../access.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Account } from './account.ts';
import { Branch } from './branch.ts';
import { ContractPrice } from './contract-price.ts';
import { CreditHold } from './credit-hold.ts';
import { Dispute } from './dispute.ts';
import { enumResolvers } from './enums.ts';
import { InventoryPosition } from './inventory-position.ts';
import { Invoice, InvoiceLine } from './invoice.ts';
import { ItemMaster } from './item-master.ts';
import { KpiPeriod } from './kpi-period.ts';
import { Mutation } from './mutation.ts';
import { Order } from './order.ts';
import { Payment } from './payment.ts';
import { PriceBreak } from './price-break.ts';
import { PriceList } from './price-list.ts';
import { Product } from './product.ts';
import { PurchaseOrder } from './purchase-order.ts';
import { PurchaseOrderLine } from './purchase-order-line.ts';
import { Query } from './query.ts';
import { Receipt } from './receipt.ts';
import { Scorecard } from './scorecard.ts';
import { Supplier } from './supplier.ts';
import { WeeklyForecast } from './weekly-forecast.ts';

export const resolvers: Resolvers = guardStaffOnly<Resolvers>({
  ...scalarResolvers,
  ...enumResolvers,
  Query,
  Mutation,
  Product,
  ItemMaster,
  InventoryPosition,
  WeeklyForecast,
  Branch,
  Supplier,
  PurchaseOrder,
  PurchaseOrderLine,
  Receipt,
  Account,
  Order,
  PriceList,
  PriceBreak,
  ContractPrice,
  Invoice,
  InvoiceLine,
  Payment,
  CreditHold,
  Dispute,
  KpiPeriod,
  Scorecard,
}, STAFF_ONLY);
