import { readdirSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery, Kind, parse } from 'graphql';
import { DEFAULT_LIMITS } from '../gateway/limits/config.ts';
import { costModelOf } from '../gateway/limits/cost-model.ts';
import { DEFAULT_LIST_SIZE } from '../gateway/limits/index.ts';
import { measureOperation, type OperationMeasures } from '../gateway/limits/measure.ts';
import { supergraphPath } from '../schema/compose.ts';

/**
 * `npx tsx scripts/limits-report.ts`: what the operation limits measure of every operation this
 * project ships (queries/, the end-to-end tests' documents, the README's examples, the explorer's
 * introspection query), beside the defaults, so a default can be chosen or checked with margin.
 */
export interface ShippedOperation {
  name: string;
  source: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Every named operation of each .graphql file in a folder, sent as the whole file (as clients do). */
function operationsIn(folder: string): ShippedOperation[] {
  return readdirSync(new URL(folder, root))
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => {
      const source = read(`${folder}/${file}`);
      return parse(source)
        .definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []))
        .map((operationName) => ({ name: `${folder}/${file} ${operationName}`, source, operationName }));
    });
}

/** The README's ```graphql blocks and the query in its curl example. */
function readmeExamples(): ShippedOperation[] {
  const readme = read('README.md');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, i) => ({ name: `README example ${i + 1}`, source: match[1]! }));
  const curl = /"query":\s*\n\s*"(.*?)"}'/.exec(readme)?.[1];
  return curl ? [...blocks, { name: 'README storefront curl', source: JSON.parse(`"${curl}"`) as string }] : blocks;
}

export function shippedOperations(): ShippedOperation[] {
  const storefront = read('queries/storefront.graphql');
  return [
    ...operationsIn('queries'),
    { name: 'queries/storefront.graphql StorefrontListing first: 200', source: storefront, operationName: 'StorefrontListing', variables: { first: 200, branch: 'CHI' } },
    ...operationsIn('tests/e2e'),
    ...readmeExamples(),
    { name: 'explorer introspection', source: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) },
  ];
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const model = costModelOf(readFileSync(supergraphPath, 'utf8'), DEFAULT_LIST_SIZE);
  const columns: (keyof OperationMeasures)[] = ['depth', 'aliases', 'rootFields', 'directives', 'tokens', 'cost'];
  const defaults = { depth: DEFAULT_LIMITS.maxDepth, aliases: DEFAULT_LIMITS.maxAliases, rootFields: DEFAULT_LIMITS.maxRootFields, directives: DEFAULT_LIMITS.maxDirectives, tokens: DEFAULT_LIMITS.maxTokens, cost: DEFAULT_LIMITS.maxCost };
  console.log(['operation'.padEnd(72), ...columns.map((c) => c.padStart(10))].join(''));
  for (const operation of shippedOperations()) {
    const measured = measureOperation(model, operation.source, operation.operationName, operation.variables);
    console.log([operation.name.padEnd(72), ...columns.map((c) => String(measured[c]).padStart(10))].join(''));
  }
  console.log(['default limit'.padEnd(72), ...columns.map((c) => String(defaults[c]).padStart(10))].join(''));
}
