/**
 * Rows exactly as the OPS repositories' SQL returns them (numeric as string, timestamptz as Date),
 * and the two entity references the gateway hands over. A `FooRow` backs the GraphQL type `Foo`
 * (codegen mappers); other shapes are named `...Record`.
 */
import type { ReceivedReading } from '../rules/scorecard.rules.ts';

export interface KpiDefinitionRow {
  kpi: string;
  title: string;
  /** null: nobody owns the KPI. */
  owner: string | null;
  target: string;
  warning_threshold: string;
  breach_threshold: string;
  active: boolean;
  position: number;
  created_at: Date;
  updated_at: Date;
  retired_at: Date | null;
}

export interface EscalationStepRow {
  kpi: string;
  step: number;
  after_hours: number;
  notify: string;
  /** email, slack or page. */
  channel: string;
}

export interface ScorecardChangeRecord {
  id: string;
  kpi: string;
  action: 'add' | 'update' | 'retire' | 'reassign';
  actor: string;
  changed_at: Date;
  before: unknown;
  after: unknown;
}

/** A KpiPeriod is its key: ops derives every field from the two weeks. */
export interface KpiPeriodRow {
  fromWeek: string;
  toWeek: string;
}

/** The Scorecard representation; the weekly readings arrive from the ERP and OMS through @requires. */
export interface ScorecardRow {
  week: string;
  erpReadings?: ReceivedReading[];
  omsReadings?: ReceivedReading[];
}
