import { HOUR_MS, addBusinessDays, isBusinessDay, nextBusinessDay, startOfDay } from '../calendar.ts';
import { branch } from '../network.ts';
import type { Random } from '../random.ts';

/**
 * The ship cutoff a warehouse is measured against: the branch's local cutoff hour on the same
 * business day when the order is ready at least an hour before it, else the next business day's.
 */
export function shipCutoff(branchCode: string, readyMs: number): number {
  const { cutoffLocalHour, utcOffsetHours } = branch(branchCode);
  const cutoffOffset = (cutoffLocalHour - utcOffsetHours) * HOUR_MS;
  const today = startOfDay(readyMs);
  if (isBusinessDay(today) && readyMs <= today + cutoffOffset - HOUR_MS) return today + cutoffOffset;
  return nextBusinessDay(today) + cutoffOffset;
}

export type ServiceLevel = 'ground' | 'ltl_standard' | 'two_day' | 'next_day' | 'will_call';

export interface Carriage {
  carrier: string;
  serviceLevel: ServiceLevel;
}

const PARCEL = ['UPS', 'FedEx'];
const LTL = ['Estes', 'Old Dominion', 'XPO', 'R+L Carriers'];

export function chooseCarriage(rng: Random, options: { heavy: boolean; willCall: boolean; expedited: boolean }): Carriage {
  if (options.willCall) return { carrier: 'Will Call', serviceLevel: 'will_call' };
  if (options.expedited) return { carrier: rng.pick(PARCEL), serviceLevel: rng.chance(0.7) ? 'next_day' : 'two_day' };
  if (options.heavy) return { carrier: rng.pick(LTL), serviceLevel: 'ltl_standard' };
  return { carrier: rng.pick(PARCEL), serviceLevel: 'ground' };
}

/** Delivery instant: business days in transit by service level, plus the occasional carrier delay. */
export function deliveryTime(rng: Random, shippedMs: number, serviceLevel: ServiceLevel, crossRegion: boolean, delayed: boolean): number {
  if (serviceLevel === 'will_call') return shippedMs;
  const base = serviceLevel === 'next_day' ? 1 : serviceLevel === 'two_day' ? 2 : rng.int(1, 2) + (crossRegion ? rng.int(1, 2) : 0) + (serviceLevel === 'ltl_standard' ? 1 : 0);
  const days = base + (delayed ? rng.int(1, 3) : 0);
  return addBusinessDays(shippedMs, days) + rng.int(14 * 60, 22 * 60) * 60_000;
}

export function trackingNumber(rng: Random, carrier: string): string | null {
  const digits = (count: number) => Array.from({ length: count }, () => rng.int(0, 9)).join('');
  if (carrier === 'Will Call') return null;
  if (carrier === 'UPS') return `1Z${rng.int(100, 999)}W${rng.int(10, 99)}${digits(11)}`;
  if (carrier === 'FedEx') return digits(12);
  return `PRO${digits(10)}`;
}

/** Outbound freight in cents: parcel scales with value, LTL has a higher floor. */
export function freightCost(rng: Random, valueMinor: number, serviceLevel: ServiceLevel): number {
  if (serviceLevel === 'will_call') return 0;
  const floor = serviceLevel === 'ltl_standard' ? 9_500 : 1_100;
  const share = serviceLevel === 'ground' || serviceLevel === 'ltl_standard' ? rng.between(0.025, 0.045) : rng.between(0.06, 0.1);
  return Math.round(Math.max(floor, valueMinor * share));
}

/** The premium paid for an expedite, on top of normal freight. */
export function expediteCost(rng: Random, serviceLevel: ServiceLevel): number {
  return serviceLevel === 'next_day' ? rng.int(4_500, 42_000) : rng.int(2_500, 18_000);
}
