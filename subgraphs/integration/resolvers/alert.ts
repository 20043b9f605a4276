import type { AlertResolvers, AlertRule, AlertSeverity, TradingPartnerResolvers } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';

export const Alert: AlertResolvers = {
  rule: (row) => asEnum<AlertRule>(row.rule),
  severity: (row) => asEnum<AlertSeverity>(row.severity),
  raisedAt: (row) => row.raised_at,
  resolvedAt: (row) => row.resolved_at,
  deliveredAt: (row) => row.delivered_at,
  deliveryAttempts: (row) => row.delivery_attempts,
  lastDeliveryError: (row) => row.last_delivery_error,
};

export const TradingPartner: TradingPartnerResolvers = {
  x12Id: (row) => (row.x12_id === null ? null : `${row.x12_qualifier}:${row.x12_id}`),
  accountId: (row) => row.account_id,
  supplierId: (row) => row.supplier_id,
  branchCode: (row) => row.branch_code,
};
