import { money } from '../../../lib/money.ts';
import type { ShipmentResolvers } from '../generated/resolvers.ts';
import { packedByCutoff, pickToShipHours } from '../rules/fulfilment.rules.ts';
import { existing } from './references.ts';

export const shipmentResolvers: ShipmentResolvers = {
  order: (s, _, { loaders }) => existing(loaders.orderById.load(s.order_id), `order ${s.order_id} of shipment ${s.id}`),
  branch: (s) => ({ code: s.branch_code }),
  serviceLevel: (s) => s.service_level,
  trackingNumber: (s) => s.tracking_number,
  shipBy: (s) => s.ship_by,
  pickStartedAt: (s) => s.pick_started_at,
  packedAt: (s) => s.packed_at,
  shippedAt: (s) => s.shipped_at,
  deliveredAt: (s) => s.delivered_at,
  expediteCost: (s) => money(s.expedite_cost_minor, s.currency_code),
  freightCost: (s) => money(s.freight_cost_minor, s.currency_code),
  pickToShipHours: (s) => pickToShipHours(s.pick_started_at, s.shipped_at),
  packedByCutoff: (s) => packedByCutoff(s.packed_at, s.ship_by),
};
