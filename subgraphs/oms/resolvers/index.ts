import { guardStaffOnly } from '../../../lib/access.ts';
import { scalarResolvers } from '../../../lib/scalars.ts';
import { STAFF_ONLY } from '../access.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { accountResolvers } from './account.ts';
import { branchResolvers } from './branch.ts';
import { campaignResolvers } from './campaign.ts';
import { enumResolvers } from './enums.ts';
import { exceptionsPastSlaResolvers } from './exceptions-past-sla.ts';
import { kpiPeriodResolvers } from './kpi-period.ts';
import { mutationResolvers } from './mutation.ts';
import { omsEventOutcomeResolvers } from './oms-event-outcome.ts';
import { orderExceptionResolvers } from './order-exception.ts';
import { orderLineResolvers } from './order-line.ts';
import { orderStatusChangeResolvers } from './order-status-change.ts';
import { orderResolvers } from './order.ts';
import { productResolvers } from './product.ts';
import { queryResolvers } from './query.ts';
import { quoteToOrderResolvers } from './quote-to-order.ts';
import { quoteResolvers } from './quote.ts';
import { returnResolvers } from './return.ts';
import { scorecardResolvers } from './scorecard.ts';
import { shipmentResolvers } from './shipment.ts';

const typed: Resolvers = guardStaffOnly<Resolvers>({
  ...scalarResolvers,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  OmsEventOutcome: omsEventOutcomeResolvers,
  Order: orderResolvers,
  OrderLine: orderLineResolvers,
  OrderStatusChange: orderStatusChangeResolvers,
  Campaign: campaignResolvers,
  Shipment: shipmentResolvers,
  OrderException: orderExceptionResolvers,
  ExceptionsPastSla: exceptionsPastSlaResolvers,
  Return: returnResolvers,
  Quote: quoteResolvers,
  Account: accountResolvers,
  Branch: branchResolvers,
  Product: productResolvers,
  KpiPeriod: kpiPeriodResolvers,
  QuoteToOrder: quoteToOrderResolvers,
  Scorecard: scorecardResolvers,
}, STAFF_ONLY);

// Enum internal values are not part of the generated Resolvers type (enums are generated as types).
export const resolvers = { ...typed, ...enumResolvers };
