import type { Db } from '../../../lib/db.ts';
import type { AlertRow } from './rows.ts';

const ALERT_COLUMNS = `id, rule, subject, severity, owner, summary, since, raised_at, resolved_at, delivered_at, delivery_attempts, last_delivery_error`;

export function openAlerts(db: Db): Promise<AlertRow[]> {
  return db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE resolved_at IS NULL ORDER BY since, id`);
}

export function alertsSince(db: Db, options: { includeResolved: boolean; limit: number }): Promise<AlertRow[]> {
  return db.query<AlertRow>(
    `SELECT ${ALERT_COLUMNS} FROM alerts WHERE $1 OR resolved_at IS NULL
     ORDER BY resolved_at IS NOT NULL, resolved_at DESC, severity = 'warning', since, id LIMIT $2`,
    [options.includeResolved, options.limit],
  );
}

export interface AlertCondition {
  rule: AlertRow['rule'];
  subject: string;
  severity: AlertRow['severity'];
  owner: string;
  summary: string;
  since: Date;
}

/**
 * Raises an alert for a condition that holds, or refreshes the open one (severity, summary and
 * owner may change; `since` keeps the start). A changed severity is delivered again.
 */
export async function raiseAlert(db: Db, condition: AlertCondition, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO alerts (rule, subject, severity, owner, summary, since, raised_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (rule, subject) WHERE resolved_at IS NULL DO UPDATE SET
       summary = excluded.summary, owner = excluded.owner, severity = excluded.severity,
       delivered_at = CASE WHEN alerts.severity = excluded.severity THEN alerts.delivered_at END`,
    [condition.rule, condition.subject, condition.severity, condition.owner, condition.summary, condition.since, now],
  );
}

/** Resolves the open alerts of `rule` whose subject no longer meets the condition. */
export function resolveAlertsExcept(db: Db, rule: AlertRow['rule'], stillHolding: readonly string[], now: Date): Promise<AlertRow[]> {
  return db.query<AlertRow>(
    `UPDATE alerts SET resolved_at = $3 WHERE rule = $1 AND resolved_at IS NULL AND NOT (subject = ANY($2::text[])) RETURNING ${ALERT_COLUMNS}`,
    [rule, stillHolding, now],
  );
}

export function undeliveredAlerts(db: Db): Promise<AlertRow[]> {
  return db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE delivered_at IS NULL AND resolved_at IS NULL ORDER BY id`);
}

export async function recordDelivery(db: Db, id: string, result: { deliveredAt: Date } | { error: string }): Promise<void> {
  await db.query(
    `UPDATE alerts SET delivery_attempts = delivery_attempts + 1, delivered_at = $2, last_delivery_error = $3 WHERE id = $1`,
    [id, 'deliveredAt' in result ? result.deliveredAt : null, 'error' in result ? result.error : null],
  );
}
