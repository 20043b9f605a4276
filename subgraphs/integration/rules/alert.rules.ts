import type { AlertCondition } from '../db/alerts.repository.ts';

export interface BranchSync {
  code: string;
  lastInventorySyncAt: string;
  syncStaleAfterMinutes: number;
  inventorySyncAgeMinutes: number;
}

/** A stale branch is critical once its sync is this many times older than its threshold. */
const CRITICAL_STALENESS_FACTOR = 4;

/**
 * Stale inventory sync: a branch whose last inventory snapshot is older than its threshold. The
 * condition started when the threshold passed (last sync + threshold); warning until the sync is
 * four thresholds old, then critical: stock shown to buyers is that far from the truth.
 */
export function staleInventorySyncAlerts(branches: readonly BranchSync[], owner: string): AlertCondition[] {
  return branches
    .filter((b) => b.inventorySyncAgeMinutes > b.syncStaleAfterMinutes)
    .map((b) => ({
      rule: 'stale_inventory_sync' as const,
      subject: b.code,
      severity: b.inventorySyncAgeMinutes >= CRITICAL_STALENESS_FACTOR * b.syncStaleAfterMinutes ? ('critical' as const) : ('warning' as const),
      owner,
      summary: `branch ${b.code}: last inventory snapshot ${formatAge(b.inventorySyncAgeMinutes)} ago (threshold ${b.syncStaleAfterMinutes} min); stock figures are stale`,
      since: new Date(Date.parse(b.lastInventorySyncAt) + b.syncStaleAfterMinutes * 60_000),
    }));
}

export interface FailedStatusEvents {
  partnerId: string;
  failed: number;
  firstFailedAt: Date;
  owner: string;
}

/** This many failed order status events from one partner make the alert critical. */
const CRITICAL_FAILED_EVENTS = 10;

/**
 * Failed order status events: orders whose status the partner moved and we did not, so the
 * customer sees a stale order status. One alert per partner while any such event stays failed.
 */
export function failedOrderStatusAlerts(groups: readonly FailedStatusEvents[]): AlertCondition[] {
  return groups.map((g) => ({
    rule: 'failed_order_status_events' as const,
    subject: g.partnerId,
    severity: g.failed >= CRITICAL_FAILED_EVENTS ? ('critical' as const) : ('warning' as const),
    owner: g.owner,
    summary: `${g.failed} order status event${g.failed === 1 ? '' : 's'} from ${g.partnerId} failed to apply; order statuses are behind`,
    since: g.firstFailedAt,
  }));
}

export interface ExceptionsPastSla {
  /** Who owns them; null for the exceptions nobody owns. */
  owner: string | null;
  count: number;
  /** The one due earliest, aged (ageHours) to the OMS's as-of instant. */
  oldest: { id: string; type: string; openedAt: string; slaDueAt: string; ageHours: number };
}

/** The subject of the alert on the exceptions nobody owns (an owner's alert has the owner's name). */
export const UNOWNED_SUBJECT = 'unowned';

const HOUR_MS = 3_600_000;

/**
 * Exceptions past SLA: one alert per owner while any exception they own is still open after its
 * due time, so they hear of it then rather than in the weekly review. The exceptions nobody owns
 * are one more subject, for whoever owns unrouted work (`unownedOwner`) to assign. The condition
 * started when the oldest fell due; warning until the oldest is past due by more than its own SLA
 * window again (open over twice its window), then critical.
 */
export function exceptionsPastSlaAlerts(groups: readonly ExceptionsPastSla[], unownedOwner: string): AlertCondition[] {
  return groups.map(({ owner, count, oldest }) => {
    const windowHours = (Date.parse(oldest.slaDueAt) - Date.parse(oldest.openedAt)) / HOUR_MS;
    const whose = owner === null ? 'nobody owns' : `owned by ${owner}`;
    const due = new Date(oldest.slaDueAt).toISOString().replace('.000Z', 'Z');
    return {
      rule: 'exceptions_past_sla' as const,
      subject: owner ?? UNOWNED_SUBJECT,
      severity: oldest.ageHours > 2 * windowHours ? ('critical' as const) : ('warning' as const),
      owner: owner ?? unownedOwner,
      summary: count === 1
        ? `1 exception ${whose} is past its SLA: ${oldest.id} (${oldest.type}) was due ${due}`
        : `${count} exceptions ${whose} are past their SLA; the oldest (${oldest.id}, ${oldest.type}) was due ${due}`,
      since: new Date(oldest.slaDueAt),
    };
  });
}

function formatAge(minutes: number): string {
  if (minutes < 120) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h`;
}
