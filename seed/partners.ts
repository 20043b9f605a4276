import type { TradingPartnerRow } from '../subgraphs/integration/db/rows.ts';

/**
 * The demo dataset's trading partners, so the intake has someone to receive from: a customer
 * trading by EDI and API, a supplier sending acknowledgments and ship notices, a 3PL warehouse
 * reporting inventory, a carrier and a lockbox bank. They point at the generated accounts,
 * suppliers and branches (ACCT-0001, SUP-001, PHX ...), which every scale has.
 */
export const DEMO_TRADING_PARTNERS: TradingPartnerRow[] = [
  { id: 'OKAFOR-EDI', name: "Okafor, O'Neill & Sons Construction (EDI)", kind: 'customer', x12_qualifier: 'ZZ', x12_id: 'OKAFORSONS', account_id: 'ACCT-0001', supplier_id: null, branch_code: 'CHI' },
  { id: 'SUP-001-EDI', name: 'Supplier SUP-001 (EDI)', kind: 'supplier', x12_qualifier: 'ZZ', x12_id: 'SUP001', account_id: null, supplier_id: 'SUP-001', branch_code: null },
  { id: 'PHX-3PL', name: 'Phoenix 3PL warehouse', kind: 'warehouse', x12_qualifier: 'ZZ', x12_id: 'PHX3PL', account_id: null, supplier_id: null, branch_code: 'PHX' },
  { id: 'WMS-API', name: 'Warehouse management system (API)', kind: 'warehouse', x12_qualifier: null, x12_id: null, account_id: null, supplier_id: null, branch_code: null },
  { id: 'CARRIER-API', name: 'Carrier tracking feed (API)', kind: 'carrier', x12_qualifier: null, x12_id: null, account_id: null, supplier_id: null, branch_code: null },
  { id: 'LOCKBOX-API', name: 'Lockbox bank (API)', kind: 'bank', x12_qualifier: null, x12_id: null, account_id: null, supplier_id: null, branch_code: null },
];
