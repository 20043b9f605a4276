import { describe, expect, it } from 'vitest';
import { cohortLabels, slowCohort } from '../../seed/accounts.ts';
import { dateMs, isHoliday } from '../../seed/calendar.ts';
import { campaignsFor } from '../../seed/demand/campaigns.ts';
import { halfYearEndsAfter, timelineFor } from '../../seed/timeline.ts';

const day = (iso: string) => new Date(timelineFor(iso).historyStartMs).toISOString().slice(0, 10);

describe('the timeline a dataset is generated on', () => {
  it('ends at 23:59:59Z on the as-of day, after 52 complete ISO weeks and the days of an unfinished as-of week', () => {
    // 2026-11-01 is a Sunday: its week (2026-W44) is complete, so the history is exactly W45 of 2025 to W44.
    expect(timelineFor('2026-11-01')).toEqual({
      asOfDay: '2026-11-01', asOfMs: Date.parse('2026-11-01T23:59:59Z'), historyStartMs: Date.parse('2025-11-03T00:00:00Z'), historyDays: 364,
    });
    // 2026-12-07 is a Monday: 52 weeks to Sunday 2026-12-06, then the Monday itself.
    expect(timelineFor('2026-12-07')).toMatchObject({ asOfMs: Date.parse('2026-12-07T23:59:59Z'), historyDays: 365 });
    expect(day('2026-12-07')).toBe('2025-12-08');
    // Saturday 2026-12-12 ends the same week: six days past the same 52 weeks.
    expect(timelineFor('2026-12-12').historyDays).toBe(370);
    expect(day('2026-12-12')).toBe('2025-12-08');
    // Sunday 2026-12-13 closes that week, and the history moves on by one.
    expect(timelineFor('2026-12-13').historyDays).toBe(364);
    expect(day('2026-12-13')).toBe('2025-12-15');
  });

  it('refuses an as-of that is not a calendar day, naming it', () => {
    for (const text of ['2026-02-30', '2026-12-32', '2026-12-7', '2026-12-07T00:00:00Z', 'today', '']) {
      expect(() => timelineFor(text)).toThrow(`asOf must be a calendar day YYYY-MM-DD, e.g. 2026-11-01, got "${text}"`);
    }
  });

  it('closes on the US holidays of any year, a weekend holiday observed on the nearest weekday', () => {
    const holidays = ['2026-11-26', '2026-12-25', '2027-01-01', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24', '2027-12-31'];
    for (const holiday of holidays) expect([holiday, isHoliday(dateMs(holiday))]).toEqual([holiday, true]);
    // July 4 2026 and 2027 fall on a weekend (observed on 07-03 and 07-05); Black Friday is a working day.
    for (const working of ['2026-07-04', '2027-07-04', '2026-11-27', '2027-12-27']) expect([working, isHoliday(dateMs(working))]).toEqual([working, false]);
  });

  it('renews contracts at the next two half-year ends after the as-of day', () => {
    expect(halfYearEndsAfter(timelineFor('2026-11-01'), 2)).toEqual(['2026-12-31', '2027-06-30']);
    expect(halfYearEndsAfter(timelineFor('2026-06-30'), 2)).toEqual(['2026-12-31', '2027-06-30']);
    expect(halfYearEndsAfter(timelineFor('2027-01-20'), 2)).toEqual(['2027-06-30', '2027-12-31']);
  });

  it('names onboarding cohorts back from the half-year holding the day two weeks before the as-of', () => {
    const pinned = cohortLabels(timelineFor('2026-11-01'));
    expect([pinned.length, pinned[0], pinned.at(-1)]).toEqual([16, '2019-H1', '2026-H2']);
    expect(slowCohort(timelineFor('2026-11-01'))).toBe('2025-H1');
    // 2027-01-10 - 14 days is still in 2026-H2; 2027-01-20 - 14 days is 2027-01-06, in 2027-H1.
    expect(cohortLabels(timelineFor('2027-01-10')).at(-1)).toBe('2026-H2');
    expect(cohortLabels(timelineFor('2027-01-20'))).toMatchObject({ 0: '2019-H2', 15: '2027-H1' });
    expect(slowCohort(timelineFor('2027-01-20'))).toBe('2025-H2');
  });

  it('runs each seasonal campaign from its latest start on or before the as-of day', () => {
    // The marketing calendar the demo had when its as-of was fixed at 2026-11-01, unchanged.
    expect(campaignsFor(timelineFor('2026-11-01'))).toEqual([
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
    ]);
    // By 2027-01-20 the winter campaigns of 2026 and the first of 2027 have started; the spring ones are 2026's.
    const later = campaignsFor(timelineFor('2027-01-20'));
    expect(later.map((campaign) => campaign.code).slice(-4)).toEqual(['CMP-2026-Q4-YEAREND-MRO', 'CMP-2026-WINTER-HVAC', 'CMP-2027-Q1-SAFETY', 'CMP-2027-OEM-EDI']);
    expect(later.at(-1)).toMatchObject({ starts_on: '2027-01-12', ends_on: '2027-06-26' });
    expect(later[0]).toMatchObject({ code: 'CMP-2026-DIST-RESTOCK', starts_on: '2026-02-02', ends_on: '2026-10-30' });
  });
});
