import { FAMILIES } from './catalog/families.ts';
import { RATES, type ScaledVolumes } from './config.ts';
import { HOUR_MS, MINUTE_MS } from './calendar.ts';
import { Random } from './random.ts';
import type { BranchRow, SupplierRow } from './tables/erp.ts';

/** A distribution center. Offsets ignore daylight saving: cutoffs are a demo approximation. */
export interface Branch {
  code: string;
  name: string;
  city: string;
  region: string;
  timeZone: string;
  utcOffsetHours: number;
  cutoffLocalHour: number;
  accountShare: number;
  /** Other branches in the order this one sources from when it does not stock a SKU. */
  nearest: readonly string[];
}

export const BRANCHES: readonly Branch[] = [
  { code: 'CHI', name: 'Chicago Distribution Center', city: 'Bolingbrook, IL', region: 'Midwest', timeZone: 'America/Chicago', utcOffsetHours: -6, cutoffLocalHour: 16, accountShare: 0.24, nearest: ['NJ', 'DAL', 'ATL', 'SEA', 'PHX'] },
  { code: 'DAL', name: 'Dallas Distribution Center', city: 'Grand Prairie, TX', region: 'South Central', timeZone: 'America/Chicago', utcOffsetHours: -6, cutoffLocalHour: 16, accountShare: 0.18, nearest: ['PHX', 'ATL', 'CHI', 'NJ', 'SEA'] },
  { code: 'ATL', name: 'Atlanta Distribution Center', city: 'McDonough, GA', region: 'Southeast', timeZone: 'America/New_York', utcOffsetHours: -5, cutoffLocalHour: 15, accountShare: 0.16, nearest: ['DAL', 'NJ', 'CHI', 'PHX', 'SEA'] },
  { code: 'PHX', name: 'Phoenix Distribution Center', city: 'Tolleson, AZ', region: 'Southwest', timeZone: 'America/Phoenix', utcOffsetHours: -7, cutoffLocalHour: 15, accountShare: 0.12, nearest: ['DAL', 'SEA', 'CHI', 'ATL', 'NJ'] },
  { code: 'NJ', name: 'New Jersey Distribution Center', city: 'Edison, NJ', region: 'Northeast', timeZone: 'America/New_York', utcOffsetHours: -5, cutoffLocalHour: 16, accountShare: 0.18, nearest: ['ATL', 'CHI', 'DAL', 'SEA', 'PHX'] },
  { code: 'SEA', name: 'Seattle Distribution Center', city: 'Kent, WA', region: 'Northwest', timeZone: 'America/Los_Angeles', utcOffsetHours: -8, cutoffLocalHour: 15, accountShare: 0.12, nearest: ['PHX', 'CHI', 'DAL', 'NJ', 'ATL'] },
];

export function branch(code: string): Branch {
  const found = BRANCHES.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`unknown branch ${code}`);
  return found;
}

/** When each branch last synced its inventory: within the hour, except the stale one (~26 h). */
export function branchSyncTimes(seed: number, asOfMs: number): Map<string, number> {
  const rng = new Random(seed, 'branch-sync');
  const { staleBranch, staleSyncAgeHours, freshSyncMaxMinutes } = RATES.inventory;
  return new Map(
    BRANCHES.map((candidate) => [
      candidate.code,
      candidate.code === staleBranch
        ? asOfMs - staleSyncAgeHours * HOUR_MS - rng.int(0, 40) * MINUTE_MS
        : asOfMs - rng.int(2, freshSyncMaxMinutes) * MINUTE_MS,
    ]),
  );
}

export function branchRows(syncTimes: Map<string, number>): BranchRow[] {
  return BRANCHES.map((candidate) => ({
    code: candidate.code,
    name: candidate.name,
    city: candidate.city,
    region: candidate.region,
    time_zone: candidate.timeZone,
    sync_stale_after_minutes: 60,
    last_inventory_sync_at: new Date(syncTimes.get(candidate.code)!),
  }));
}

export interface Supplier {
  id: string;
  name: string;
  families: readonly string[];
  leadTimeDays: number;
  habituallyLate: boolean;
  lateShare: number;
  daysLate: readonly [number, number];
  row: SupplierRow;
}

const SUPPLIER_PREFIXES = [
  'Midwest', 'Pacific', 'Atlas', 'Continental', 'Summit', 'Allied', 'Precision', 'Heartland', 'Eastern', 'Titan',
  'Great Plains', 'Harbor', 'Evergreen', 'Sterling', 'Liberty', 'Apex', 'Frontier', 'Granite State', 'Lakeshore', 'Redline',
];
const SUPPLIER_WORDS: Record<string, readonly string[]> = {
  fasteners: ['Bolt & Screw', 'Fastener'], electrical: ['Electric', 'Wire & Cable'], plumbing: ['Valve', 'Pipe & Fitting'],
  hvac: ['Air Systems', 'Climate Components'], safety: ['Safety Products', 'Protective Wear'], power_tools: ['Power Tool', 'Motor Works'],
  hand_tools: ['Tool Forge', 'Hand Tool'], abrasives: ['Abrasives', 'Grinding Products'], adhesives: ['Adhesive', 'Sealant Chemistry'],
  material_handling: ['Handling Equipment', 'Storage Systems'],
};
const SUPPLIER_SUFFIXES = ['Inc.', 'Manufacturing', 'Co.', 'Corp.', 'Industries', 'LLC'];
const COUNTRIES = { US: 0.7, CN: 0.08, TW: 0.06, MX: 0.06, CA: 0.05, DE: 0.05 } as const;
const SUPPLIER_TERMS = { NET30: 0.45, NET45: 0.25, NET60: 0.15, '2/10 NET30': 0.15 } as const;

/** Suppliers, round-robin over families so each family has at least one; a few are habitually late. */
export function generateSuppliers(seed: number, volumes: ScaledVolumes): Supplier[] {
  const rng = new Random(seed, 'suppliers');
  const lateIndexes = new Set(rng.shuffle([...Array(volumes.suppliers).keys()]).slice(0, volumes.habituallyLateSuppliers));
  const usedNames = new Set<string>();
  return [...Array(volumes.suppliers).keys()].map((index) => {
    const primary = FAMILIES[index % FAMILIES.length]!.code;
    const families = rng.chance(0.35) ? [primary, rng.pick(FAMILIES).code].filter((f, i, all) => all.indexOf(f) === i) : [primary];
    let name = `${rng.pick(SUPPLIER_PREFIXES)} ${rng.pick(SUPPLIER_WORDS[primary]!)} ${rng.pick(SUPPLIER_SUFFIXES)}`;
    while (usedNames.has(name)) name = `${rng.pick(SUPPLIER_PREFIXES)} ${rng.pick(SUPPLIER_WORDS[primary]!)} ${rng.pick(SUPPLIER_SUFFIXES)}`;
    usedNames.add(name);
    const country = rng.pickWeighted(COUNTRIES);
    const leadTimeDays = country === 'US' || country === 'CA' ? rng.int(5, 21) : rng.int(28, 56);
    const habituallyLate = lateIndexes.has(index);
    const id = `SUP-${String(index + 1).padStart(3, '0')}`;
    return {
      id,
      name,
      families,
      leadTimeDays,
      habituallyLate,
      lateShare: habituallyLate ? rng.inRange(RATES.supply.habitualLateShare) : RATES.supply.normalLateShare,
      daysLate: habituallyLate ? RATES.supply.habitualDaysLate : RATES.supply.normalDaysLate,
      row: { id, name, country, lead_time_days: leadTimeDays, payment_terms: rng.pickWeighted(SUPPLIER_TERMS) },
    };
  });
}
