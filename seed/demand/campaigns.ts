import { RATES, type Segment } from '../config.ts';
import { DAY_MS, dateMs, isoDate } from '../calendar.ts';
import type { Random } from '../random.ts';
import type { CampaignRow } from '../tables/oms.ts';
import type { Timeline } from '../timeline.ts';

interface SeasonalCampaign {
  /** The code after CMP-<year of its start>-. */
  code: string;
  name: string;
  target_segment: Segment | null;
  /** Month and day it starts every year, MM-DD. */
  starts: string;
  days: number;
}

/** The yearly marketing calendar, whatever the scale. Null segment means every segment. */
const SEASONAL_CAMPAIGNS: readonly SeasonalCampaign[] = [
  { code: 'Q4-YEAREND-MRO', name: 'Year-end MRO budget flush', target_segment: 'mro', starts: '11-03', days: 46 },
  { code: 'WINTER-HVAC', name: 'Winter HVAC readiness', target_segment: null, starts: '11-10', days: 67 },
  { code: 'Q1-SAFETY', name: 'Safety stock-up Q1', target_segment: null, starts: '01-05', days: 67 },
  { code: 'OEM-EDI', name: 'EDI onboarding incentive', target_segment: 'oem', starts: '01-12', days: 165 },
  { code: 'DIST-RESTOCK', name: 'Distributor restock program', target_segment: 'distributor', starts: '02-02', days: 270 },
  { code: 'SPRING-CONTRACTOR', name: 'Spring jobsite kickoff', target_segment: 'contractor', starts: '03-02', days: 67 },
  { code: 'SPRING-MRO', name: 'Spring maintenance season', target_segment: 'mro', starts: '03-02', days: 88 },
  { code: 'PORTAL-LAUNCH', name: 'Self-serve portal launch', target_segment: null, starts: '04-06', days: 60 },
  { code: 'SUMMER-HVAC', name: 'Summer cooling rush', target_segment: null, starts: '05-04', days: 88 },
  { code: 'MRO-SHUTDOWN', name: 'Plant shutdown season', target_segment: 'mro', starts: '06-01', days: 88 },
  { code: 'CORDLESS-Q3', name: 'Cordless platform promotion', target_segment: 'contractor', starts: '07-06', days: 74 },
  { code: 'GOV-FY', name: 'Government fiscal year-end', target_segment: 'government', starts: '07-20', days: 72 },
  { code: 'FALL-PPE', name: 'Fall PPE refresh', target_segment: null, starts: '08-31', days: 53 },
  { code: 'Q4-STOCKUP', name: 'Q4 stock-up', target_segment: null, starts: '10-05', days: 74 },
];

/**
 * Each campaign's latest run that started by the as-of day (some are still running), in start
 * order: a year of campaigns over the year of history.
 */
export function campaignsFor(timeline: Timeline): CampaignRow[] {
  const year = Number(timeline.asOfDay.slice(0, 4));
  const runs = SEASONAL_CAMPAIGNS.map((campaign) => {
    const thisYear = `${year}-${campaign.starts}`;
    const startsOn = thisYear <= timeline.asOfDay ? thisYear : `${year - 1}-${campaign.starts}`;
    return {
      code: `CMP-${startsOn.slice(0, 4)}-${campaign.code}`,
      name: campaign.name,
      target_segment: campaign.target_segment,
      starts_on: startsOn,
      ends_on: isoDate(dateMs(startsOn) + campaign.days * DAY_MS),
    };
  });
  // A stable sort: campaigns starting the same day keep the calendar's order.
  return runs.sort((x, y) => (x.starts_on < y.starts_on ? -1 : x.starts_on > y.starts_on ? 1 : 0));
}

/** The campaign an order placed on a day is attributed to, if any (a running one for its segment). */
export function attributeCampaign(rng: Random, campaigns: readonly CampaignRow[], segment: Segment, placedMs: number): string | null {
  if (!rng.chance(RATES.campaigns.attributionBySegment[segment])) return null;
  const day = isoDate(placedMs);
  const running = campaigns.filter(
    (campaign) => campaign.starts_on <= day && day <= campaign.ends_on && (campaign.target_segment === null || campaign.target_segment === segment),
  );
  return running.length === 0 ? null : rng.pick(running).code;
}
