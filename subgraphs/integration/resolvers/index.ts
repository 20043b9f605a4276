import { guardStaffOnly } from '../../../lib/access.ts';
import { scalarResolvers } from '../../../lib/scalars.ts';
import { STAFF_ONLY } from '../access.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { Alert, TradingPartner } from './alert.ts';
import { enumResolvers } from './enums.ts';
import { eventQueueQueries } from './event-queue.ts';
import { IntegrationEvent } from './integration-event.ts';
import { Mutation } from './mutation.ts';

const typed: Resolvers = guardStaffOnly<Resolvers>({
  DateTime: scalarResolvers.DateTime,
  Query: eventQueueQueries,
  Mutation,
  IntegrationEvent,
  Alert,
  TradingPartner,
}, STAFF_ONLY);

// Enum internal values are not part of the generated Resolvers type (enums are generated as types).
export const resolvers = { ...typed, ...enumResolvers };
