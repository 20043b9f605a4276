import { encodeCursor } from '../../lib/pagination.ts';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import type { Random } from './random.ts';

/**
 * Argument values the generator draws from. Keys come from the storefront fixture
 * (tests/e2e/storefront.fixture.ts) and the default scorecard, so look-ups find rows and the
 * nested selections below them run; a share are unknown keys, which must answer null or empty.
 */
const KEYS: Record<string, readonly string[]> = {
  sku: ['VLV-1', 'VLV-2', 'VLV-3', 'NOPE-9'],
  account: ['ACCT-1', 'ACCT-2', 'ACCT-3', 'ACCT-404'],
  branch: ['CHI', 'PHX', 'XXX'],
  code: ['CHI', 'valves', 'valves.ball', 'nope'],
  id: ['ACCT-1', 'SO-1', 'SO-2', 'SO-H1', 'INV-1', 'INV-2', 'PO-1', 'PO-2', 'SUP-A', 'SUP-B', 'SH-H1', 'Q-1', 'RMA-1', '1', '42', 'UNKNOWN-1'],
  kpi: ['perfect_order_rate', 'dso', 'gross_margin_percent', 'no_such_kpi'],
  words: ['valve', 'brass', 'ball', 'Acme', 'chi', 'VLV', 'a', 'Gate valve 2"', "O'Brien", 'ñandú', '%', '_'],
};

/** Cursors shaped like the ones lists issue, and some that were never issued. */
export function cursor(random: Random): string {
  return random.pick([
    () => encodeCursor('VLV-1'),
    () => encodeCursor('ACCT-2'),
    () => encodeCursor(['2026-10-30T15:00:00.000Z', 'SO-2']),
    () => encodeCursor(['2026-10-01T08:00:00.000Z', 'SH-H1']),
    () => String(random.int(1, 50)),
  ])();
}

/** A valid value of `type` for the argument or input field `name`, as JSON (the variables form). */
export function validValue(random: Random, type: GraphQLInputType, name: string, depth = 0): unknown {
  if (!isNonNullType(type) && random.chance(0.04)) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return Array.from({ length: random.int(depth > 1 ? 0 : 1, 2) }, () => validValue(random, inner.ofType, name, depth + 1));
  }
  if (isEnumType(inner)) return random.pick(inner.getValues()).name;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || random.chance(0.4)) value[field.name] = validValue(random, field.type, field.name, depth + 1);
    }
    return value;
  }
  if (isScalarType(inner)) return scalarValue(random, inner.name, name);
  throw new Error(`no value for ${String(type)}`);
}

/** Values of the right type at the edges of what the type allows: valid GraphQL, odd business input. */
const EDGES: Record<string, readonly unknown[]> = {
  Int: [0, -1, 2_147_483_647, -2_147_483_648, 201, 100_000],
  Float: [0, -1, 1e308],
  Date: ['0001-01-01', '9999-12-31', '2026-02-28', '2024-02-29'],
  DateTime: ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-10-30T15:00:00+14:00', '2026-10-30T15:00:00.123456Z'],
  IsoWeek: ['2026-W53', '2020-W53', '0001-W01', '9999-W52', '2026-W01'],
  Decimal: ['-0', '0.001', '-12.5', '99999999999999999999.99', '1e5', '.5'],
  String: ['', ' ', 'x'.repeat(300), '\u00e9\u0301', '\ud83d\ude00', '../../etc/passwd', "' OR 1=1 --", '%_%'],
  ID: ['', ' ', '0', '-1', 'x'.repeat(300), 'VLV-1 ', 'vlv-1'],
};

function scalarValue(random: Random, scalar: string, name: string): unknown {
  const edges = EDGES[scalar];
  if (edges && random.chance(0.12)) return random.pick(edges);
  switch (scalar) {
    case 'Int':
      if (name === 'first') return random.int(1, 4);
      if (name === 'quantity') return random.int(1, 60);
      if (name === 'horizonDays') return random.int(1, 45);
      return random.int(0, 30);
    case 'Float':
      return random.int(0, 1000) / 10;
    case 'Boolean':
      return random.chance(0.5);
    case 'Date':
      return `2026-${String(random.int(8, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    case 'DateTime':
      return `2026-${String(random.int(8, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}T${String(random.int(0, 23)).padStart(2, '0')}:00:00Z`;
    case 'IsoWeek':
      return `2026-W${String(random.int(36, 45)).padStart(2, '0')}`;
    case 'Decimal':
      return random.pick(['0', '1', '2.5', '12.50', '95', '100']);
    default:
      return textValue(random, name);
  }
}

function textValue(random: Random, name: string): string {
  if (name === 'after') return cursor(random);
  if (name === 'sku') return random.pick(KEYS.sku!);
  if (name === 'accountId') return random.pick(KEYS.account!);
  if (name === 'branchCode') return random.pick(KEYS.branch!);
  if (name === 'code' || name === 'family' || name === 'category') return random.pick(KEYS.code!);
  if (name === 'id') return random.pick(KEYS.id!);
  if (name === 'name') return random.pick(KEYS.kpi!);
  return random.chance(0.8) ? random.pick(KEYS.words!) : random.text(random.int(1, 12));
}

/** A JSON value of the wrong shape for `type`: what a careless client puts in a variable. */
export function wrongValue(random: Random, type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  const candidates: unknown[] = [{ nested: { deeper: [1, 2] } }, [[['x']]], 1.5, true];
  if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float')) candidates.push('12', 2 ** 31, -(2 ** 53) - 7, 1e300);
  else candidates.push(7, -0.25, 1e300);
  if (isEnumType(inner)) candidates.push('NOT_A_VALUE', inner.getValues()[0]!.name.toLowerCase());
  if (isScalarType(inner)) candidates.push('', '2026-13-40', '2026-W99', '1e9999', 'NaN', '-', ' 12.5 ');
  if (isNonNullType(type)) candidates.push(null);
  return random.pick(candidates);
}
