import type { ExceptionRouteRecord } from '../db/rows.ts';

export interface ExceptionRoute {
  owner: string;
  slaHours: number;
}

/** When no rule at all matches (the default row was deleted), someone still owns the exception. */
const FALLBACK: ExceptionRoute = { owner: 'Integration Desk', slaHours: 8 };

/**
 * Who owns the exception a failed or rejected event opens, and its SLA: the most specific rule
 * wins, partner and type before partner alone, before type alone, before the default.
 */
export function routeException(routes: readonly ExceptionRouteRecord[], partnerId: string, eventType: string): ExceptionRoute {
  const specificity = (r: ExceptionRouteRecord) => (r.partner_id === partnerId ? 2 : 0) + (r.event_type === eventType ? 1 : 0);
  const candidates = routes.filter((r) => (r.partner_id === null || r.partner_id === partnerId) && (r.event_type === null || r.event_type === eventType));
  const best = candidates.sort((a, b) => specificity(b) - specificity(a))[0];
  return best ? { owner: best.owner, slaHours: best.sla_hours } : FALLBACK;
}

/** Who owns what no partner or type rule covers: the default rule's owner. */
export function defaultOwner(routes: readonly ExceptionRouteRecord[]): string {
  return routes.find((r) => r.partner_id === null && r.event_type === null)?.owner ?? FALLBACK.owner;
}

/** The instant an exception opened at `openedAt` is due, `slaHours` later. */
export function slaDueAt(openedAt: Date, slaHours: number): Date {
  return new Date(openedAt.getTime() + slaHours * 3_600_000);
}
