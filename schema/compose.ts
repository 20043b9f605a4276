import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

/**
 * Composes the subgraphs' SDL offline into the committed supergraph (what the gateway loads) and
 * the API schema (what clients see; the tests' typed documents are generated against it).
 * `npm run compose` writes both; a test fails when the committed files are stale.
 */
export const SUBGRAPHS = [
  { name: 'erp', port: 4001 },
  { name: 'pim', port: 4002 },
  { name: 'oms', port: 4003 },
  { name: 'ops', port: 4004 },
  { name: 'integration', port: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const supergraphPath = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));
export const apiSchemaPath = fileURLToPath(new URL('./api-schema.graphql', import.meta.url));

export function composeSupergraph(): { supergraphSdl: string; apiSchemaSdl: string } {
  const services = SUBGRAPHS.map(({ name, port }) => ({
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    const details = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`composition failed:\n${details}`);
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    apiSchemaSdl: `${printSchema(apiSchema).trimEnd()}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
    writeFileSync(supergraphPath, supergraphSdl);
    writeFileSync(apiSchemaPath, apiSchemaSdl);
    console.log(`composed ${SUBGRAPHS.map((s) => s.name).join(', ')} -> schema/supergraph.graphql, schema/api-schema.graphql`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
