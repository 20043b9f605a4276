/**
 * Everything the demo dataset is tuned by: the calendar, the volumes at scale 1 and the rates of
 * the playbook's margin leaks. seed/RATES.md documents these same constants next to the rates
 * measured from generated data, so change them here and re-run `npx tsx seed/measure-rates.ts`.
 */

/** Bump when the generated data changes for the same seed, scale and as-of day. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20261101;
export const DEFAULT_SCALE = 1;

/**
 * The as-of day the tests, the benchmark and RATES.md pin, so their figures hold whatever day they
 * run (a Sunday: its ISO week, 2026-W44, is complete). Datasets for the demo default to today.
 */
export const PINNED_AS_OF = '2026-11-01';
/** Complete ISO weeks of history before the as-of (seed/timeline.ts). */
export const HISTORY_WEEKS = 52;

/** Volumes at scale 1. Transactional volumes scale linearly, master data with sqrt(scale). */
export const VOLUMES = {
  skus: 2_200,
  accounts: 330,
  suppliers: 44,
  habituallyLateSuppliers: 5,
  /** Orders placed directly (not from a quote); converted quotes add about 3,700 more. */
  directOrders: 51_500,
  quotes: 14_000,
} as const;

/** Floors so that tiny scales still have every segment, family and supplier role. */
export const MINIMUMS = { skusPerFamily: 12, accounts: 30, suppliers: 12, habituallyLateSuppliers: 1 } as const;

export interface ScaledVolumes {
  skus: number;
  accounts: number;
  suppliers: number;
  habituallyLateSuppliers: number;
  directOrders: number;
  quotes: number;
}

export function scaledVolumes(scale: number, familyCount: number): ScaledVolumes {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const gentle = Math.sqrt(scale);
  return {
    skus: Math.max(MINIMUMS.skusPerFamily * familyCount, Math.round(VOLUMES.skus * gentle)),
    accounts: Math.max(MINIMUMS.accounts, Math.round(VOLUMES.accounts * gentle)),
    suppliers: Math.max(MINIMUMS.suppliers, Math.round(VOLUMES.suppliers * gentle)),
    habituallyLateSuppliers: Math.max(MINIMUMS.habituallyLateSuppliers, Math.round(VOLUMES.habituallyLateSuppliers * gentle)),
    directOrders: Math.round(VOLUMES.directOrders * scale),
    quotes: Math.round(VOLUMES.quotes * scale),
  };
}

export type Segment = 'oem' | 'contractor' | 'mro' | 'distributor' | 'government';
export const SEGMENTS: readonly Segment[] = ['oem', 'contractor', 'mro', 'distributor', 'government'];
export type Tier = 'A' | 'B' | 'C';

/** [min, max] ranges are drawn uniformly unless a comment says otherwise. */
export const RATES = {
  supply: {
    /** Habitually late suppliers: each gets its own late share in this range. */
    habitualLateShare: [0.35, 0.5],
    habitualDaysLate: [3, 10],
    normalLateShare: 0.08,
    normalDaysLate: [1, 5],
    /** Share of late POs whose supplier updated the ETA at least 7 days before arrival. */
    etaUpdatedWhenLate: { habitual: 0.2, normal: 0.6 },
    partialReceipt: 0.08,
    shortReceipt: 0.03,
    cancelledPo: 0.01,
  },
  orders: {
    shortShipLine: 0.03,
    /** A substitute is offered for this share of lines; accounts that refuse substitutions decline it. */
    substituteOfferLine: 0.024,
    customerCancelOrder: 0.025,
    stockoutCancelOrder: 0.01,
    backorderLineByTier: { A: 0.02, B: 0.05, C: 0.11 } as Record<Tier, number>,
    /** Backordered lines whose customer cancels the remainder instead of waiting. */
    backorderCancelledByCustomer: 0.1,
    pricingMismatchLine: { contractAccount: 0.012, otherAccount: 0.003 },
    customerPo: 0.75,
  },
  credit: {
    holdOrder: 0.04,
    /** Holds are more likely for accounts in the slow-paying cohort. */
    slowCohortHoldMultiplier: 2,
    /** Release time mix: hours (lognormal median 3 h), a day or two, and a tail of days. */
    releaseMix: { hours: 0.72, days: 0.2, tail: 0.08 },
    reasonMix: { over_limit: 0.5, past_due: 0.3, new_account_review: 0.12, manual: 0.08 },
    /** Holds longer than this raise a credit_hold exception. */
    exceptionAfterHours: 4,
  },
  fulfilment: {
    damagedShipment: 0.01,
    expediteCustomerRequest: 0.008,
    expediteOnPickMiss: 0.3,
    expediteBackorderFill: 0.12,
    carrierDelay: 0.05,
    addressInvalidShipment: 0.006,
    willCall: 0.06,
    /** Shipments packed after their ship cutoff, by shipping branch. */
    pickPackMissByBranch: { CHI: 0.04, DAL: 0.06, ATL: 0.05, PHX: 0.12, NJ: 0.08, SEA: 0.05 } as Record<string, number>,
  },
  exceptions: {
    unowned: 0.17,
    /** Unowned exceptions take this many times longer to resolve, and some never are. */
    unownedSlowdown: 3,
    unownedNeverResolved: 0.25,
    ediRejectedEdiOrder: 0.025,
  },
  returns: {
    /** Base share of delivered lines returned, before the damage and substitution drivers. */
    deliveredLine: 0.018,
    damagedShipmentLine: 0.7,
    substitutedLineWrongItem: 0.12,
    rejected: 0.05,
    reasonMix: { not_needed: 0.35, defective: 0.3, wrong_item: 0.2, late_delivery: 0.15 },
  },
  finance: {
    /**
     * The slow-paying onboarding cohort, counted in half-years back from the newest cohort (3:
     * 2025-H1 when the newest is 2026-H2), and how late it pays beyond terms.
     */
    slowCohortHalvesBack: 3,
    slowCohortDaysPastTerms: [20, 30],
    /** Everyone else: normal(mean, sd) days relative to the due date, clipped at 12 days early. */
    normalPayDays: { mean: 3, sd: 6 },
    earlyPayDiscountTakers: 0.35,
    partialPayment: 0.04,
    /** Dispute drivers: per invoice, by what happened to its shipment. */
    disputeDocumentation: 0.0135,
    disputeBasePricing: 0.0015,
    disputeBaseQuantity: 0.001,
    disputeShortShip: 0.1,
    disputeDamaged: 0.35,
    disputePricingMismatch: 0.4,
  },
  quotes: {
    conversion: { self_serve: 0.22, assisted: 0.32 },
    /** Of quotes not converted, the share explicitly lost (the rest expire). */
    lostShare: 0.45,
    lostReasons: { price: 0.32, delivery_reliability: 0.22, lead_time: 0.14, competitor: 0.16, no_decision: 0.11, credit: 0.05 },
    validityDays: 30,
  },
  campaigns: {
    /** Chance an order is attributed when a campaign for its segment is running. */
    attributionBySegment: { oem: 0.12, contractor: 0.15, mro: 0.14, distributor: 0.14, government: 0.12 } as Record<Segment, number>,
  },
  inventory: {
    staleBranch: 'PHX',
    staleSyncAgeHours: 26,
    freshSyncMaxMinutes: 55,
    overPromisedPosition: 0.015,
    onHoldPosition: 0.03,
  },
  forecasts: {
    /** Systematic over (+) or under (-) forecasting by family. */
    familyBias: { power_tools: 0.15, material_handling: 0.08, safety: 0.05, fasteners: -0.03, hvac: -0.1 } as Record<string, number>,
    noiseSigmaByTier: { A: 0.18, B: 0.28, C: 0.45 } as Record<Tier, number>,
    smoothing: 0.3,
  },
} as const;
