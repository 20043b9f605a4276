/**
 * Checks one partner API event against the published schema and says, in words a partner
 * integrator can act on, every way it falls short. The schema is compiled once, when this module
 * loads; validating an event is then a plain function call.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { ApiEventType, PayloadOf } from '../../../../lib/events/model.ts';
import { apiEventSchema, type JsonSchema } from './schema.ts';
import { AMOUNT_PATTERN, CURRENCY_PATTERN } from './payload-schemas.ts';

/** An API event as a partner sends it, once it has passed validation. */
export type ApiEventInput = {
  [T in ApiEventType]: { id: string; type: T; occurredAt: string; partner?: string; payload: PayloadOf[T] };
}[ApiEventType];

export interface ValidationProblem {
  /** Where the problem is, e.g. `payload.positions[2].onHand`; `(event)` for the event as a whole. */
  field: string;
  /** What is wrong, in plain English, e.g. `must be an integer of at least 0 (got -3)`. */
  message: string;
}

export type ApiEventValidation = { ok: true; event: ApiEventInput } | { ok: false; problems: ValidationProblem[] };

const rfc3339 = fullFormats['date-time'] as { validate: (value: string) => boolean };
// Strict, so a typo in the schema fails loudly; strictRequired off because the `then` that
// requires cancelledBy sits beside the properties that declare it, not under them.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
// RFC 3339 as ajv-formats reads it, and also readable by Date: the normalizer converts occurredAt
// to UTC with new Date(), which cannot read a leap second (23:59:60) or an offset without minutes.
ajv.addFormat('date-time', { type: 'string', validate: (value) => rfc3339.validate(value) && !Number.isNaN(Date.parse(value)) });
const check = ajv.compile(apiEventSchema);

export function validateApiEvent(value: unknown): ApiEventValidation {
  if (check(value)) return { ok: true, event: value as ApiEventInput };
  const problems = new Map<string, ValidationProblem>();
  for (const error of check.errors ?? []) {
    const problem = describe(error);
    if (problem) problems.set(`${problem.field}\n${problem.message}`, problem);
  }
  // Envelope before payload, as a reader scans the event; Ajv's own order is its keyword order.
  return { ok: false, problems: [...problems.values()].sort((a, b) => rank(a.field) - rank(b.field)) };
}

function rank(field: string): number {
  return field === '(event)' ? 0 : field === 'payload' || field.startsWith('payload.') || field.startsWith('payload[') ? 2 : 1;
}

const PATTERN_RULES: Record<string, string> = {
  [AMOUNT_PATTERN]: 'must be a decimal amount greater than 0 with at most two decimal places, e.g. "1250.00"',
  [CURRENCY_PATTERN]: 'must be a three-letter upper-case currency code, e.g. "USD"',
};

const TYPE_NAMES: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number', object: 'an object', array: 'an array', boolean: 'true or false' };

/** One Ajv error as a problem, or null for the if/then bookkeeping errors that only repeat another. */
function describe(error: ErrorObject): ValidationProblem | null {
  const field = fieldOf(error.instancePath);
  const got = `(got ${shown(error.data)})`;
  const schema = error.parentSchema as JsonSchema;
  const params = error.params as Record<string, unknown>;
  const integerRule = schema.type === 'integer' && typeof schema.minimum === 'number' ? `must be an integer of at least ${schema.minimum} ${got}` : null;
  switch (error.keyword) {
    case 'if':
      return null;
    case 'required':
      return { field: join(field, String(params.missingProperty)), message: `is required${condition(error.schemaPath)}` };
    case 'additionalProperties':
      return { field: field || '(event)', message: `unknown property ${shown(params.additionalProperty)}` };
    case 'type':
      return { field: field || '(event)', message: integerRule ?? `must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)} ${got}` };
    case 'minimum':
      return { field, message: integerRule ?? `must be at least ${String(params.limit)} ${got}` };
    case 'enum':
      return { field, message: `must be one of ${(error.schema as string[]).join(', ')} ${got}` };
    case 'pattern':
      return { field, message: `${PATTERN_RULES[String(params.pattern)] ?? `must match ${String(params.pattern)}`} ${got}` };
    case 'format':
      return { field, message: `must be a date-time with a UTC offset, e.g. "2026-11-27T14:30:00Z" ${got}` };
    case 'minLength':
      return { field, message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { field, message: `must be at most ${String(params.limit)} characters long (got ${String((error.data as string).length)})` };
    case 'minItems':
      return { field, message: `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { field, message: `must have at most ${String(params.limit)} items (got ${String((error.data as unknown[]).length)})` };
    default:
      return { field: field || '(event)', message: error.message ?? 'is not valid' };
  }
}

/** `/payload/positions/2/onHand` -> `payload.positions[2].onHand`. */
function fieldOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .reduce((field, raw) => {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      return /^\d+$/.test(key) ? `${field}[${key}]` : join(field, key);
    }, '');
}

function join(field: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${field}[${JSON.stringify(key)}]`;
  return field ? `${field}.${key}` : key;
}

/** For a property required only under a condition (if/then), the condition: ` when status is cancelled`. */
function condition(schemaPath: string): string {
  if (!schemaPath.endsWith('/then/required')) return '';
  let node: unknown = apiEventSchema;
  for (const step of schemaPath.slice(2, -'/then/required'.length).split('/')) node = (node as JsonSchema)?.[step];
  const properties = ((node as JsonSchema | undefined)?.if as JsonSchema | undefined)?.properties as Record<string, JsonSchema> | undefined;
  const clauses = Object.entries(properties ?? {}).map(([name, rule]) => `${name} is ${String(rule.const)}`);
  return clauses.length ? ` when ${clauses.join(' and ')}` : '';
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
  }
  return 'an object';
}
