import { guardStaffOnly } from '../../../lib/access.ts';
import { scalarResolvers } from '../../../lib/scalars.ts';
import { STAFF_ONLY } from '../access.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { enumResolvers } from './enums.ts';
import { EscalationStep } from './escalation-step.ts';
import { KpiDefinition } from './kpi-definition.ts';
import { KpiPeriod } from './kpi-period.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { Scorecard } from './scorecard.ts';

const typed: Resolvers = guardStaffOnly<Resolvers>({
  ...scalarResolvers,
  Query,
  Mutation,
  KpiPeriod,
  Scorecard,
  KpiDefinition,
  EscalationStep,
}, STAFF_ONLY);

// Enum internal values are not part of the generated Resolvers type (enums are generated as types).
export const resolvers = { ...typed, ...enumResolvers };
