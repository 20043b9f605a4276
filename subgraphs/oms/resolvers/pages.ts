import { badUserInput } from '../../../lib/errors.ts';
import { isTimeIdCursor, pageRequest, toConnection, type Connection } from '../../../lib/pagination.ts';
import type { Keyset } from '../db/keyset.ts';
import type { OrderCriteria } from '../db/orders.repository.ts';
import type { ParentPage } from '../page-loader.ts';

/**
 * Argument checks and connection building shared by the OMS lists. Every list is newest first on
 * a timestamp with the id as tie-break, so every cursor is [timestamp ISO, id].
 */

export function keysetPage(args: { first?: number | null; after?: string | null }): Keyset {
  return pageRequest(args, isTimeIdCursor);
}

export const timeIdPosition = (at: Date, id: string): [string, string] => [at.toISOString(), id];

/** Rejects a calendar-date range whose start falls after its end, naming the start argument. */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined, fromArg: string, toArg: string): void {
  if (from && to && from > to) throw badUserInput(fromArg, `(${from}) must be on or before ${toArg} (${to})`);
}

interface OrderFilterArgs {
  status?: readonly string[] | null;
  channel?: readonly string[] | null;
  placedFrom?: string | null;
  placedTo?: string | null;
}

/**
 * The order conditions of a filter argument, checked. Enum lists arrive as database values (see
 * enums.ts). Built with every key in a fixed order: loaders batch per-parent pages by its JSON.
 */
export function orderCriteria(filter: OrderFilterArgs | null | undefined, argName: string): OrderCriteria {
  checkDateRange(filter?.placedFrom, filter?.placedTo, `${argName}.placedFrom`, `${argName}.placedTo`);
  return {
    statuses: filter?.status ?? null,
    channels: filter?.channel ?? null,
    placedFrom: filter?.placedFrom ?? null,
    placedTo: filter?.placedTo ?? null,
  };
}

/** A connection from one parent's page as a per-parent loader returned it. */
export function parentConnection<Row>(
  page: ParentPage<Row>,
  keyset: Keyset,
  positionOf: (row: Row) => [string, string],
): Connection<Row> {
  return toConnection(page.rows, keyset.limit, page.totalCount, positionOf, (row) => row);
}
