import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';
import { apiSchemaPath, composeSupergraph, supergraphPath } from '../../schema/compose.ts';

/** Generated files are committed; these fail when a schema changed without regenerating them. */
describe('committed generated files', () => {
  it('schema/supergraph.graphql and api-schema.graphql match a fresh composition (run `npm run compose`)', () => {
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
    expect(readFileSync(supergraphPath, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(apiSchemaSdl);
  });

  it('resolver types and typed test documents match a fresh codegen run (run `npm run codegen`)', async () => {
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  }, 120_000);
});
