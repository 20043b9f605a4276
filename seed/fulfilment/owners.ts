import type { Random } from '../random.ts';
import type { ExceptionType } from './exceptions.ts';

/** The people who work the exception queue, by team; warehouse leads by branch. */
const WAREHOUSE: Record<string, readonly string[]> = {
  CHI: ['Marcus Bell', 'Ana Kowalczyk'], DAL: ['Luis Ortega', 'Tamika Reed'], ATL: ['Grace Whitfield', 'Darnell Price'],
  PHX: ['Rosa Villanueva', 'Kyle Sorensen'], NJ: ['Priya Shah', 'Tom Esposito'], SEA: ['Hana Sato', 'Erik Lund'],
};
const TEAMS = {
  customer_service: ['Maria Alvarez', 'Jordan Pike', 'Denise Carter', 'Sam Okoro'],
  credit: ['Helen Marsh', 'Victor Nunez'],
  pricing: ['Olivia Grant', 'Raj Mehta'],
  integration: ['Chris Yamada', 'Beth Lorenz'],
} as const;

export function exceptionOwner(rng: Random, type: ExceptionType, branchCode: string | null): string {
  const warehouse = branchCode ? WAREHOUSE[branchCode] : undefined;
  switch (type) {
    case 'short_ship':
    case 'address_invalid':
      return warehouse && rng.chance(0.7) ? rng.pick(warehouse) : rng.pick(TEAMS.customer_service);
    case 'credit_hold':
      return rng.pick(TEAMS.credit);
    case 'pricing_mismatch':
      return rng.pick(TEAMS.pricing);
    case 'edi_rejected':
      return rng.pick(TEAMS.integration);
    default:
      return rng.pick(TEAMS.customer_service);
  }
}
