import type { EscalationChannel, EscalationStepResolvers } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';

export const EscalationStep: EscalationStepResolvers = {
  afterHours: (row) => row.after_hours,
  channel: (row) => asEnum<EscalationChannel>(row.channel),
};
