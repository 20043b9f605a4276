import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './input-checks.ts';
import { isoWeekStart } from './iso-week.ts';

/** Custom scalars every subgraph declares with the same name and meaning. */

function invalid(scalar: string, value: unknown, expected: string): GraphQLError {
  return new GraphQLError(`${scalar} cannot represent ${JSON.stringify(value)}: expected ${expected}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export function parseIsoDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw invalid('Date', value, 'a calendar date as YYYY-MM-DD');
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), with no time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalid('DateTime', value, 'an ISO 8601 timestamp such as 2026-11-02T14:30:00Z');
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 in UTC, e.g. 2026-11-02T14:30:00.000Z.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  throw invalid('Decimal', value, 'a decimal number written as a string, e.g. "1234.50"');
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number written as a string (money amounts, never a float), e.g. "1234.50".',
  serialize: parseDecimal,
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * The years an IsoWeek may fall in. Period arithmetic must stay within four-digit years, where
 * Date.UTC and PostgreSQL agree: KPI periods reach up to two years back from the week asked for
 * (and Date.UTC reads the years 0-99 as 1900-1999), and a period ends at the start of the week
 * after its last, which in 9999 is a five-digit year PostgreSQL refuses.
 */
const WEEK_YEARS = { first: 1900, last: 9998 };

function parseIsoWeek(value: unknown): string {
  const year = typeof value === 'string' ? Number(value.slice(0, 4)) : NaN;
  if (typeof value === 'string' && isoWeekStart(value) && year >= WEEK_YEARS.first && year <= WEEK_YEARS.last) return value;
  throw invalid('IsoWeek', value, `an ISO week such as 2026-W44, from ${WEEK_YEARS.first}-W01 to ${WEEK_YEARS.last}-W52`);
}

export const IsoWeekScalar = new GraphQLScalarType({
  name: 'IsoWeek',
  description: 'An ISO 8601 week, Monday to Sunday in UTC, written YYYY-Www, e.g. "2026-W44".',
  serialize: parseIsoWeek,
  parseValue: parseIsoWeek,
  parseLiteral: (ast) => parseIsoWeek(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar, IsoWeek: IsoWeekScalar };
