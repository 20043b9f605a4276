import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { badUserInput } from './errors.ts';

/** Largest page any list serves; asking for more is an error, not a silent truncation. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export interface PageRequest<Cursor> {
  limit: number;
  after: Cursor | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Validates `first` and decodes `after`. Cursors are opaque base64url JSON of the keyset
 * position (the sort key values of the last row seen), so pages stay stable while rows are added.
 */
export function pageRequest<Cursor>(
  args: { first?: number | null; after?: string | null },
  isCursor: (value: unknown) => value is Cursor,
): PageRequest<Cursor> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  if (args.after === null || args.after === undefined) return { limit: first, after: null };
  return { limit: first, after: decodeCursor(args.after, isCursor) };
}

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

function decodeCursor<Cursor>(cursor: string, isCursor: (value: unknown) => value is Cursor): Cursor {
  let decoded: unknown;
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    // A NUL (even escaped in the JSON) cannot reach PostgreSQL's text types; no issued cursor holds one.
    decoded = text.includes('\\u0000') ? undefined : JSON.parse(text);
  } catch {
    decoded = undefined;
  }
  if (!isCursor(decoded)) {
    throw badUserInput('after', 'is not a cursor this list issued; pass an endCursor from a previous page');
  }
  return decoded;
}

/**
 * Builds a connection from rows fetched with LIMIT page.limit + 1: the extra row only tells
 * whether another page exists.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  limit: number,
  totalCount: number,
  positionOf: (row: Row) => unknown,
  toNode: (row: Row) => Node,
): Connection<Node> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export const isStringCursor = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * A [timestamp ISO string, id] keyset position, for lists ordered newest first. The timestamp must
 * be exactly what Date#toISOString wrote for a year PostgreSQL accepts: Date.parse also takes "1",
 * "Tue" or "+275760-09-13", which the database refuses.
 */
export const isTimeIdCursor = (value: unknown): value is [string, string] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  isIsoInstant(value[0]) &&
  typeof value[1] === 'string';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isIsoInstant(text: string): boolean {
  if (!ISO_INSTANT.test(text) || text.startsWith('0000')) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
}

/**
 * Whether the query selects `field` directly on the value this resolver returns (through inline
 * fragments and fragment spreads too): lets a list resolver skip its count when no one asked.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && visit(node.selectionSet.selections));
}
