import { RATES, type Segment } from '../config.ts';
import { isoDate } from '../calendar.ts';
import type { Random } from '../random.ts';
import type { CampaignRow } from '../tables/oms.ts';

/** The marketing calendar: fixed, whatever the scale. Null segment means every segment. */
export const CAMPAIGNS: readonly CampaignRow[] = [
  { code: 'CMP-2025-Q4-YEAREND-MRO', name: 'Year-end MRO budget flush', target_segment: 'mro', starts_on: '2025-11-03', ends_on: '2025-12-19' },
  { code: 'CMP-2025-WINTER-HVAC', name: 'Winter HVAC readiness', target_segment: null, starts_on: '2025-11-10', ends_on: '2026-01-16' },
  { code: 'CMP-2026-Q1-SAFETY', name: 'Safety stock-up Q1', target_segment: null, starts_on: '2026-01-05', ends_on: '2026-03-13' },
  { code: 'CMP-2026-OEM-EDI', name: 'EDI onboarding incentive', target_segment: 'oem', starts_on: '2026-01-12', ends_on: '2026-06-26' },
  { code: 'CMP-2026-DIST-RESTOCK', name: 'Distributor restock program', target_segment: 'distributor', starts_on: '2026-02-02', ends_on: '2026-10-30' },
  { code: 'CMP-2026-SPRING-CONTRACTOR', name: 'Spring jobsite kickoff', target_segment: 'contractor', starts_on: '2026-03-02', ends_on: '2026-05-08' },
  { code: 'CMP-2026-SPRING-MRO', name: 'Spring maintenance season', target_segment: 'mro', starts_on: '2026-03-02', ends_on: '2026-05-29' },
  { code: 'CMP-2026-PORTAL-LAUNCH', name: 'Self-serve portal launch', target_segment: null, starts_on: '2026-04-06', ends_on: '2026-06-05' },
  { code: 'CMP-2026-SUMMER-HVAC', name: 'Summer cooling rush', target_segment: null, starts_on: '2026-05-04', ends_on: '2026-07-31' },
  { code: 'CMP-2026-MRO-SHUTDOWN', name: 'Plant shutdown season', target_segment: 'mro', starts_on: '2026-06-01', ends_on: '2026-08-28' },
  { code: 'CMP-2026-CORDLESS-Q3', name: 'Cordless platform promotion', target_segment: 'contractor', starts_on: '2026-07-06', ends_on: '2026-09-18' },
  { code: 'CMP-2026-GOV-FY', name: 'Government fiscal year-end', target_segment: 'government', starts_on: '2026-07-20', ends_on: '2026-09-30' },
  { code: 'CMP-2026-FALL-PPE', name: 'Fall PPE refresh', target_segment: null, starts_on: '2026-08-31', ends_on: '2026-10-23' },
  { code: 'CMP-2026-Q4-STOCKUP', name: 'Q4 stock-up', target_segment: null, starts_on: '2026-10-05', ends_on: '2026-12-18' },
];

/** The campaign an order placed on a day is attributed to, if any (a running one for its segment). */
export function attributeCampaign(rng: Random, segment: Segment, placedMs: number): string | null {
  if (!rng.chance(RATES.campaigns.attributionBySegment[segment])) return null;
  const day = isoDate(placedMs);
  const running = CAMPAIGNS.filter(
    (campaign) => campaign.starts_on <= day && day <= campaign.ends_on && (campaign.target_segment === null || campaign.target_segment === segment),
  );
  return running.length === 0 ? null : rng.pick(running).code;
}
