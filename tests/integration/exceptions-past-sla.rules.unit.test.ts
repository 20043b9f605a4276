import { describe, expect, it } from 'vitest';
import { exceptionsPastSlaAlerts, type ExceptionsPastSla } from '../../subgraphs/integration/rules/alert.rules.ts';

/*
 * Groups as the OMS answers them, aged to an as-of instant of 2026-11-01 12:00 UTC. Each oldest
 * exception's SLA window is slaDueAt - openedAt; it turns critical once past due by more than
 * that window again, i.e. once ageHours > 2 x window.
 */
const group = (owner: string | null, count: number, id: string, type: string, openedAt: string, slaDueAt: string, ageHours: number): ExceptionsPastSla => ({
  owner, count, oldest: { id, type, openedAt, slaDueAt, ageHours },
});

describe('exceptions past SLA alert rule', () => {
  it('raises one alert per owner, subject the owner, since the oldest fell due, with the count and the oldest in words', () => {
    // Window 4 h (08:00 -> 12:00 Oct 31); open 28 h, so past due 24 h > 4 h: critical.
    const alerts = exceptionsPastSlaAlerts([
      group('Fulfilment Ops', 3, 'EX-000123', 'short_ship', '2026-10-31T08:00:00.000Z', '2026-10-31T12:00:00.000Z', 28),
    ], 'Integration Desk');
    expect(alerts).toEqual([{
      rule: 'exceptions_past_sla',
      subject: 'Fulfilment Ops',
      severity: 'critical',
      owner: 'Fulfilment Ops',
      summary: '3 exceptions owned by Fulfilment Ops are past their SLA; the oldest (EX-000123, short_ship) was due 2026-10-31T12:00:00Z',
      since: new Date('2026-10-31T12:00:00Z'),
    }]);
  });

  it('stays a warning until the oldest is past due by more than its own window again', () => {
    // Window 12 h (Oct 31 12:00 -> Nov 1 00:00). Open 24 h: past due exactly 12 h, a warning;
    // open 24.5 h (window 12 h from 11:30): past due 12.5 h, critical.
    const alerts = exceptionsPastSlaAlerts([
      group('Dock lead', 1, 'EX-000200', 'late_shipment', '2026-10-31T12:00:00.000Z', '2026-11-01T00:00:00.000Z', 24),
      group('Returns Desk', 2, 'EX-000210', 'damaged', '2026-10-31T11:30:00.000Z', '2026-10-31T23:30:00.000Z', 24.5),
    ], 'Integration Desk');
    expect(alerts.map((a) => [a.subject, a.severity, a.since.toISOString()])).toEqual([
      ['Dock lead', 'warning', '2026-11-01T00:00:00.000Z'],
      ['Returns Desk', 'critical', '2026-10-31T23:30:00.000Z'],
    ]);
    expect(alerts[0]!.summary).toBe('1 exception owned by Dock lead is past its SLA: EX-000200 (late_shipment) was due 2026-11-01T00:00:00Z');
  });

  it('gives the exceptions nobody owns the subject "unowned", owned by whoever owns unrouted work', () => {
    // Window 8 h (02:00 -> 10:00); open 10 h, past due 2 h: a warning.
    const alerts = exceptionsPastSlaAlerts([
      group(null, 2, 'EX-000300', 'address_invalid', '2026-11-01T02:00:00.000Z', '2026-11-01T10:00:00.000Z', 10),
    ], 'Integration Desk');
    expect(alerts).toEqual([{
      rule: 'exceptions_past_sla',
      subject: 'unowned',
      severity: 'warning',
      owner: 'Integration Desk',
      summary: '2 exceptions nobody owns are past their SLA; the oldest (EX-000300, address_invalid) was due 2026-11-01T10:00:00Z',
      since: new Date('2026-11-01T10:00:00Z'),
    }]);
  });

  it('raises nothing when no exception is past its SLA', () => {
    expect(exceptionsPastSlaAlerts([], 'Integration Desk')).toEqual([]);
  });
});
