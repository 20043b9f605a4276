import { describe, expect, it } from 'vitest';
import { failedOrderStatusAlerts, staleInventorySyncAlerts } from '../../subgraphs/integration/rules/alert.rules.ts';
import { defaultOwner, routeException, slaDueAt } from '../../subgraphs/integration/rules/exception-routing.rules.ts';

const ROUTES = [
  { partner_id: null, event_type: null, owner: 'Integration Desk', sla_hours: 8 },
  { partner_id: null, event_type: 'payment', owner: 'AR Specialist', sla_hours: 24 },
  { partner_id: 'BANK-1', event_type: null, owner: 'Treasury', sla_hours: 12 },
  { partner_id: 'BANK-1', event_type: 'payment', owner: 'Cash Applications', sla_hours: 2 },
];

describe('exception routing', () => {
  it('picks the most specific rule: partner and type, then partner, then type, then the default', () => {
    expect(routeException(ROUTES, 'BANK-1', 'payment')).toEqual({ owner: 'Cash Applications', slaHours: 2 });
    expect(routeException(ROUTES, 'BANK-1', 'return')).toEqual({ owner: 'Treasury', slaHours: 12 });
    expect(routeException(ROUTES, 'BANK-2', 'payment')).toEqual({ owner: 'AR Specialist', slaHours: 24 });
    expect(routeException(ROUTES, 'BANK-2', 'return')).toEqual({ owner: 'Integration Desk', slaHours: 8 });
  });

  it('still names an owner when no rule matches at all', () => {
    expect(routeException([], 'X', 'payment')).toEqual({ owner: 'Integration Desk', slaHours: 8 });
  });

  it('names the default rule\'s owner for what no partner or type rule covers, else the fallback', () => {
    expect(defaultOwner(ROUTES)).toBe('Integration Desk');
    expect(defaultOwner([{ partner_id: null, event_type: null, owner: 'Ops Duty Manager', sla_hours: 4 }, ...ROUTES.slice(1)])).toBe('Ops Duty Manager');
    expect(defaultOwner(ROUTES.slice(1))).toBe('Integration Desk');
  });

  it('sets the SLA due that many hours after opening', () => {
    expect(slaDueAt(new Date('2026-11-27T22:30:00Z'), 4).toISOString()).toBe('2026-11-28T02:30:00.000Z');
  });
});

describe('alert rules', () => {
  const branch = (code: string, age: number, threshold = 60) => ({
    code, syncStaleAfterMinutes: threshold, inventorySyncAgeMinutes: age,
    lastInventorySyncAt: new Date(Date.UTC(2026, 10, 1, 23, 59) - age * 60_000).toISOString(),
  });

  it('raise a stale inventory sync alert only past the threshold, critical at four thresholds, since the threshold passed', () => {
    const alerts = staleInventorySyncAlerts([branch('CHI', 60), branch('DAL', 61), branch('PHX', 240), branch('NJ', 239)], 'Inventory Control');
    expect(alerts.map((a) => [a.subject, a.severity])).toEqual([['DAL', 'warning'], ['PHX', 'critical'], ['NJ', 'warning']]);
    // DAL synced at 22:58 (61 minutes before 23:59); stale from 23:58.
    expect(alerts[0]!.since.toISOString()).toBe('2026-11-01T23:58:00.000Z');
    expect(alerts[1]!.summary).toBe('branch PHX: last inventory snapshot 4 h 0 min ago (threshold 60 min); stock figures are stale');
    expect(alerts[0]!.owner).toBe('Inventory Control');
  });

  it('raise one failed-order-status alert per partner, critical from 10 failures', () => {
    const since = new Date('2026-11-27T08:00:00Z');
    const alerts = failedOrderStatusAlerts([
      { partnerId: 'WMS-API', failed: 1, firstFailedAt: since, owner: 'Customer Service Lead' },
      { partnerId: 'OKAFOR-EDI', failed: 10, firstFailedAt: since, owner: 'Order Desk' },
    ]);
    expect(alerts.map((a) => [a.subject, a.severity, a.summary])).toEqual([
      ['WMS-API', 'warning', '1 order status event from WMS-API failed to apply; order statuses are behind'],
      ['OKAFOR-EDI', 'critical', '10 order status events from OKAFOR-EDI failed to apply; order statuses are behind'],
    ]);
    expect(alerts[0]!.since).toBe(since);
  });
});
