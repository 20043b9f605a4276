/**
 * Perfect order (SCOR RL.1.1): the OMS knows in full, on time and damage free per order; the ERP
 * knows which orders have a documentation dispute. The aggregates count orders perfect before
 * documentation; disputed orders are then subtracted, each once, however many criteria it fails.
 */
export interface DeliveredCounts {
  delivered: number;
  inFull: number;
  onTime: number;
  damageFree: number;
  /** In full, on time and damage free. */
  perfectBeforeDocumentation: number;
}

export interface DisputedCounts {
  /** Delivered orders with a documentation dispute. */
  disputed: number;
  /** Of those, the ones that were otherwise perfect. */
  disputedOtherwisePerfect: number;
}

export interface PerfectOrderCounts {
  delivered: number;
  perfect: number;
  inFull: number;
  onTime: number;
  documentationAccurate: number;
  damageFree: number;
}

export function perfectOrderCounts(delivered: DeliveredCounts, disputes: DisputedCounts): PerfectOrderCounts {
  return {
    delivered: delivered.delivered,
    perfect: delivered.perfectBeforeDocumentation - disputes.disputedOtherwisePerfect,
    inFull: delivered.inFull,
    onTime: delivered.onTime,
    documentationAccurate: delivered.delivered - disputes.disputed,
    damageFree: delivered.damageFree,
  };
}
