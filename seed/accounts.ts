import type { Catalog } from './catalog/catalog.ts';
import { RATES, SEGMENTS, type ScaledVolumes, type Segment } from './config.ts';
import { DAY_MS, dateMs, isoDate } from './calendar.ts';
import { accountName } from './account-names.ts';
import { BRANCHES } from './network.ts';
import { contractPrice, priceListId, priceListPrice, segmentDiscount } from './pricing.ts';
import { Random, allocateByShares, cumulative } from './random.ts';
import type { ContractPriceRow, CustomerAccountRow } from './tables/erp.ts';
import type { Sku } from './catalog/products.ts';
import { halfYearEndsAfter, type Timeline } from './timeline.ts';

export interface Account {
  id: string;
  segment: Segment;
  cohort: string;
  openedMs: number;
  termsDays: number;
  earlyPayDiscount: boolean;
  homeBranch: string;
  /** Relative order frequency. */
  activity: number;
  /** Cumulative weights over FAMILIES: what this account tends to buy. */
  familyWeights: Float64Array;
  slowPayer: boolean;
  hasContract: boolean;
  contracts: Map<string, ContractPriceRow[]>;
  row: CustomerAccountRow;
}

const SEGMENT_SHARE: Record<Segment, number> = { oem: 0.15, contractor: 0.3, mro: 0.35, distributor: 0.1, government: 0.1 };
const SEGMENT_ACTIVITY: Record<Segment, number> = { oem: 1.6, contractor: 0.9, mro: 1, distributor: 2, government: 0.8 };
const SEGMENT_CREDIT_BASE: Record<Segment, number> = { oem: 150_000, contractor: 40_000, mro: 60_000, distributor: 200_000, government: 100_000 };
const CONTRACT_SHARE: Record<Segment, number> = { oem: 0.6, contractor: 0.1, mro: 0.2, distributor: 0.4, government: 0.8 };
const ALLOWS_SUBSTITUTIONS: Record<Segment, number> = { oem: 0.7, contractor: 0.92, mro: 0.92, distributor: 0.92, government: 0.5 };
/** Family affinity by segment, in FAMILIES order (fasteners ... material_handling). */
const FAMILY_AFFINITY: Record<Segment, readonly number[]> = {
  oem: [5, 3, 1, 1, 1.5, 0.5, 1, 2, 2.5, 1],
  contractor: [3, 2.5, 2.5, 1.5, 2, 2.5, 2, 1, 1.5, 0.5],
  mro: [2, 2.5, 1.5, 2, 2.5, 1, 1.5, 1.5, 1, 1.5],
  distributor: [3, 2, 2, 1.5, 2, 1.5, 1.5, 1, 1, 1],
  government: [1.5, 2, 1.5, 2, 2.5, 0.7, 1, 0.5, 0.8, 1.5],
};
const TERMS: Record<Segment, Record<string, number>> = {
  oem: { NET45: 0.6, NET30: 0.4 },
  contractor: { NET30: 0.7, '2/10 NET30': 0.3 },
  mro: { NET30: 0.5, '2/10 NET30': 0.3, NET45: 0.2 },
  distributor: { NET60: 0.5, NET45: 0.5 },
  government: { NET45: 0.4, NET30: 0.6 },
};
/** Share of accounts in each onboarding cohort (calendar half-year), oldest first, the newest last. */
const COHORT_SHARES = [0.04, 0.04, 0.035, 0.04, 0.045, 0.045, 0.05, 0.05, 0.055, 0.055, 0.06, 0.06, 0.12, 0.1, 0.1, 0.05];
/** Accounts open at least this long before the as-of; the newest cohort is the half-year holding that day. */
const NEWEST_OPENING_BEFORE_AS_OF_MS = 14 * DAY_MS;

/** The cohorts' labels (e.g. 2026-H2), oldest first, in COHORT_SHARES order. */
export function cohortLabels(timeline: Timeline): string[] {
  const newest = new Date(timeline.asOfMs - NEWEST_OPENING_BEFORE_AS_OF_MS);
  const newestHalf = newest.getUTCFullYear() * 2 + (newest.getUTCMonth() < 6 ? 0 : 1);
  return COHORT_SHARES.map((_, index) => {
    const half = newestHalf - (COHORT_SHARES.length - 1 - index);
    return `${Math.floor(half / 2)}-H${(half % 2) + 1}`;
  });
}

/** The cohort that pays late (RATES.finance.slowCohortHalvesBack before the newest). */
export function slowCohort(timeline: Timeline): string {
  return cohortLabels(timeline).at(-1 - RATES.finance.slowCohortHalvesBack)!;
}

export function generateAccounts(seed: number, timeline: Timeline, volumes: ScaledVolumes, catalog: Catalog): Account[] {
  const rng = new Random(seed, 'accounts');
  const segments = spread(rng, SEGMENTS, allocateByShares(volumes.accounts, SEGMENTS.map((s) => SEGMENT_SHARE[s])));
  const cohorts = spread(rng, cohortLabels(timeline), allocateByShares(volumes.accounts, COHORT_SHARES));
  const slow = slowCohort(timeline);
  const branchWeights = cumulative(BRANCHES.map((b) => b.accountShare));
  const usedNames = new Set<string>();
  return segments.map((segment, index) => {
    const id = `ACCT-${String(index + 1).padStart(4, '0')}`;
    const cohort = cohorts[index]!;
    const openedMs = cohortOpening(rng, timeline, cohort);
    const terms = rng.pickWeighted(TERMS[segment]);
    const termsDays = Number(/NET(\d+)/.exec(terms)![1]);
    const activity = rng.logNormal(1, 1) * SEGMENT_ACTIVITY[segment];
    const homeBranch = BRANCHES[rng.weightedIndex(branchWeights)]!.code;
    const familyWeights = cumulative(FAMILY_AFFINITY[segment].map((weight) => weight * rng.logNormal(1, 0.5)));
    const account: Account = {
      id, segment, cohort, openedMs, termsDays, homeBranch, activity, familyWeights,
      earlyPayDiscount: terms.startsWith('2/10') && rng.chance(RATES.finance.earlyPayDiscountTakers),
      slowPayer: cohort === slow,
      hasContract: rng.chance(CONTRACT_SHARE[segment]),
      contracts: new Map(),
      row: {
        id,
        name: uniqueName(rng, segment, homeBranch, usedNames),
        segment,
        cohort,
        payment_terms: terms,
        payment_terms_days: termsDays,
        credit_limit_minor: Math.min(1_000_000, Math.max(10_000, Math.round((SEGMENT_CREDIT_BASE[segment] * activity) / 5_000) * 5_000)) * 100,
        credit_status: 'good',
        price_list_id: priceListId(segment),
        allows_substitutions: rng.chance(ALLOWS_SUBSTITUTIONS[segment]),
        opened_on: isoDate(openedMs),
      },
    };
    if (account.hasContract) addContracts(rng, timeline, account, catalog);
    return account;
  });
}

/** The price an account pays on a day: its contract when one applies, else its segment's list. */
export function accountPrice(account: Account, sku: Sku, quantity: number, dayMs: number): number {
  return contractPrice(account.contracts.get(sku.sku), quantity, isoDate(dayMs)) ?? priceListPrice(sku, account.segment, quantity);
}

/** A SKU this account would buy: a family by its affinity, then a SKU by popularity. */
export function sampleSku(rng: Random, account: Account, catalog: Catalog): Sku {
  for (;;) {
    const family = catalog.sellableByFamily[rng.weightedIndex(account.familyWeights)]!;
    if (family.skus.length > 0) return family.skus[rng.weightedIndex(family.weights)]!;
  }
}

/**
 * Contracts signed from ten months before the history to six months before the as-of: most open
 * ended, a quarter renewing at one of the next two half-year ends, the rest already expired.
 */
function addContracts(rng: Random, timeline: Timeline, account: Account, catalog: Catalog): void {
  const count = rng.int(10, 40);
  const renewals = halfYearEndsAfter(timeline, 2);
  for (let i = 0; i < count; i += 1) {
    const sku = sampleSku(rng, account, catalog);
    if (account.contracts.has(sku.sku)) continue;
    const validFromMs = timeline.historyStartMs - 306 * DAY_MS + rng.int(0, 485) * DAY_MS;
    const ending = rng.next();
    const validTo = ending < 0.6 ? null : ending < 0.85 ? rng.pick(renewals) : isoDate(Math.min(timeline.asOfMs - 10 * DAY_MS, validFromMs + rng.int(90, 400) * DAY_MS));
    const base = Math.round(sku.listMinor * (1 - segmentDiscount(account.segment)) * (1 - rng.between(0.03, 0.08)));
    const rows: ContractPriceRow[] = [{ account_id: account.id, sku: sku.sku, min_quantity: 1, unit_price_minor: base, valid_from: isoDate(validFromMs), valid_to: validTo }];
    if (rng.chance(0.15)) rows.push({ ...rows[0]!, min_quantity: 50, unit_price_minor: Math.round(base * 0.95) });
    account.contracts.set(sku.sku, rows);
  }
}

function cohortOpening(rng: Random, timeline: Timeline, cohort: string): number {
  const [year, half] = cohort.split('-');
  const start = dateMs(`${year}-${half === 'H1' ? '01' : '07'}-01`);
  const end = Math.min(start + 181 * DAY_MS, timeline.asOfMs - NEWEST_OPENING_BEFORE_AS_OF_MS);
  return start + rng.int(0, Math.floor((end - start) / DAY_MS)) * DAY_MS;
}

/** Each value repeated by its count, shuffled: exact proportions at any scale. */
function spread<T>(rng: Random, values: readonly T[], counts: readonly number[]): T[] {
  return rng.shuffle(values.flatMap((value, index) => Array<T>(counts[index]!).fill(value)));
}

function uniqueName(rng: Random, segment: Segment, homeBranch: string, used: Set<string>): string {
  let name = accountName(rng, segment);
  if (used.has(name)) name = `${name} (${homeBranch})`;
  let suffix = 2;
  while (used.has(name)) name = `${accountName(rng, segment)} ${suffix++}`;
  used.add(name);
  return name;
}
