import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../app/config.ts';
import { DEFAULT_LIMITS, limitsFromEnvironment } from '../../gateway/limits/config.ts';
import { costModelOf } from '../../gateway/limits/cost-model.ts';
import { DEFAULT_LIST_SIZE } from '../../gateway/limits/index.ts';
import { measureOperation } from '../../gateway/limits/measure.ts';
import { armorRules, rootFieldsRule } from '../../gateway/limits/operation-rules.ts';
import { apiSchemaPath, supergraphPath } from '../../schema/compose.ts';
import { shippedOperations } from '../../scripts/limits-report.ts';
import { fanOut } from '../e2e/refusal-helpers.ts';

const apiSchema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
const rules = [...armorRules(DEFAULT_LIMITS), rootFieldsRule(DEFAULT_LIMITS.maxRootFields)];
const refusals = (source: string) =>
  validate(apiSchema, parse(source), rules).map((error) => ({ message: error.message, code: error.extensions.code, measured: error.extensions.measured }));

describe('the operation limits (GraphQL Armor rules and the root-field rule)', () => {
  it('refuses a query deeper than the limit, naming the depth, the limit and its variable', () => {
    expect(refusals(fanOut(15))).toEqual([
      { message: 'query depth 15 exceeds the limit of 12 (OPSGRAPH_MAX_DEPTH)', code: 'MAX_DEPTH_LIMIT', measured: 15 },
    ]);
    expect(refusals(fanOut(12))).toEqual([]);
  });

  it('counts depth through fragments as fields only', () => {
    const spread = `{ families { ...F } } fragment F on Family { categories { family { code } } }`; // families, categories, family, code
    expect(refusals(spread)).toEqual([]);
    expect(measureOperation(costModelOf(readFileSync(supergraphPath, 'utf8'), DEFAULT_LIST_SIZE), spread).depth).toBe(4);
  });

  it('refuses more aliases, directives or root fields than the limits', () => {
    const aliases = `{ branches { ${Array.from({ length: 21 }, (_, i) => `a${i}: code`).join(' ')} } }`;
    expect(refusals(aliases)).toEqual([{ message: 'alias count 21 exceeds the limit of 20 (OPSGRAPH_MAX_ALIASES)', code: 'MAX_ALIASES_LIMIT', measured: 21 }]);
    const directives = `{ branches { ${Array.from({ length: 21 }, () => 'code @include(if: true)').join(' ')} } }`;
    expect(refusals(directives)).toEqual([
      { message: 'directive count 21 exceeds the limit of 20 (OPSGRAPH_MAX_DIRECTIVES)', code: 'MAX_DIRECTIVES_LIMIT', measured: 21 },
    ]);
    // 8 plain root fields, 4 in a fragment spread twice (counted once) and 4 in an inline fragment
    const plain = 'whoAmI families branches kpiCatalog tradingPartners scorecardDefinitions alerts integrationEventCounts';
    const roots = `{ ${plain} ...R ...R ... on Query { r1: whoAmI r2: families r3: branches r4: kpiCatalog } } fragment R on Query { s1: whoAmI s2: families s3: branches s4: kpiCatalog }`;
    expect(refusals(roots)).toEqual([
      { message: 'root field count 16 exceeds the limit of 15 (OPSGRAPH_MAX_ROOT_FIELDS)', code: 'MAX_ROOT_FIELDS_LIMIT', measured: 16 },
    ]);
  });
});

describe('the limits\' defaults', () => {
  const model = costModelOf(readFileSync(supergraphPath, 'utf8'), DEFAULT_LIST_SIZE);

  it('leave every operation this project ships a wide margin (scripts/limits-report.ts prints them)', () => {
    const tooTight = shippedOperations()
      .filter((operation) => operation.variables?.first !== 200)
      .map((operation) => ({ name: operation.name, ...measureOperation(model, operation.source, operation.operationName, operation.variables) }))
      .filter((m) => m.depth > DEFAULT_LIMITS.maxDepth - 4 || m.aliases * 2 > DEFAULT_LIMITS.maxAliases || m.rootFields * 2 > DEFAULT_LIMITS.maxRootFields
        || m.directives * 2 > DEFAULT_LIMITS.maxDirectives || m.tokens * 2 > DEFAULT_LIMITS.maxTokens || m.cost * 2 > DEFAULT_LIMITS.maxCost);
    expect(tooTight).toEqual([]);
  });

  it('refuse the storefront listing at 200 products by cost: 3 + 200 x 83', () => {
    const listing = shippedOperations().find((operation) => operation.variables?.first === 200)!;
    const { cost } = measureOperation(model, listing.source, listing.operationName, listing.variables);
    expect(cost).toBe(16_603);
    expect(cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('come from the environment, 0 turning the rate limit off, and a bad value stops the start', () => {
    expect(limitsFromEnvironment({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnvironment({ OPSGRAPH_MAX_DEPTH: '8', OPSGRAPH_RATE_LIMIT: '0' })).toMatchObject({ maxDepth: 8, rateLimit: null });
    expect(limitsFromEnvironment({ OPSGRAPH_RATE_LIMIT: '5', OPSGRAPH_RATE_LIMIT_WINDOW_SECONDS: '60' }).rateLimit).toEqual({ requests: 5, windowSeconds: 60 });
    expect(() => limitsFromEnvironment({ OPSGRAPH_MAX_COST: '12k' })).toThrow(new ConfigError('OPSGRAPH_MAX_COST must be a whole number, at least 1, got "12k"'));
    expect(() => limitsFromEnvironment({ OPSGRAPH_MAX_DEPTH: '0' })).toThrow(ConfigError);
  });
});
