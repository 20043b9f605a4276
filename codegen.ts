import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for every subgraph, and typed documents for the tests' operations.
 *
 * Mappers follow one convention instead of a hand-kept list: a GraphQL type `Foo` is backed by the
 * row type `FooRow` whenever the domain's db/rows.ts exports one, so a resolver that forgets a
 * field, or reads a column the row does not have, fails to compile.
 */
const domains = ['erp', 'pim', 'oms', 'ops', 'integration'] as const;

function mappersFor(domain: string): Record<string, string> {
  const rowsFile = `subgraphs/${domain}/db/rows.ts`;
  if (!existsSync(rowsFile)) return {};
  const mappers: Record<string, string> = {};
  for (const [, name] of readFileSync(rowsFile, 'utf8').matchAll(/export (?:interface|type) (\w+)Row\b/g)) {
    mappers[name!] = `../db/rows.ts#${name}Row`;
  }
  return mappers;
}

const subgraphOutputs: CodegenConfig['generates'] = Object.fromEntries(
  domains.map((domain) => [
    `subgraphs/${domain}/generated/resolvers.ts`,
    {
      schema: `subgraphs/${domain}/schema.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: false,
        useTypeImports: true,
        contextType: `../context.ts#Context`,
        mappers: mappersFor(domain),
        mapperTypeSuffix: '',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          Date: 'string',
          DateTime: { input: 'Date', output: 'Date | string' },
          Decimal: 'string',
          IsoWeek: 'string',
        },
      },
    },
  ]),
);

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  generates: {
    ...subgraphOutputs,
    'tests/generated/graphql.ts': {
      schema: 'schema/api-schema.graphql',
      documents: ['tests/**/*.graphql', 'queries/**/*.graphql'],
      // typescript-operations 6 emits the input and enum types it needs by itself.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', IsoWeek: 'string' },
      },
    },
  },
  hooks: {},
};

export default config;
