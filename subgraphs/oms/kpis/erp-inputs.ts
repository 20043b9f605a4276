import { GraphQLError } from 'graphql';
import type { KpiPeriodRow } from '../db/rows.ts';

/**
 * The ERP's figures a KPI needs arrive in the KpiPeriod representation through @requires. Queried
 * straight at the OMS without them, the KPI refuses rather than guessing.
 */
export function required<Value>(value: Value | undefined, input: string, field: string): Value {
  if (value === undefined) {
    throw new GraphQLError(`${field} needs ${input} from the ERP; query it through the gateway`);
  }
  return value;
}

/** Account id -> segment as the database spells it ("contractor"); GraphQL sends "CONTRACTOR". */
export function segmentsByAccount(period: KpiPeriodRow, field: string): Map<string, string> {
  const profiles = required(period.accountProfiles, 'accountProfiles', field);
  return new Map(profiles.map((profile) => [profile.accountId, profile.segment.toLowerCase()]));
}

/** Account id -> payment terms days. */
export function paymentTermsByAccount(period: KpiPeriodRow, field: string): Map<string, number> {
  const profiles = required(period.accountProfiles, 'accountProfiles', field);
  return new Map(profiles.map((profile) => [profile.accountId, required(profile.paymentTermsDays, 'accountProfiles.paymentTermsDays', field)]));
}
