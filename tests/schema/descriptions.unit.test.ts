import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isInterfaceType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath } from '../../schema/compose.ts';

/** Every type, field, argument and enum value a client sees carries a description. */
describe('the composed API schema', () => {
  it('describes everything a business reader can see', () => {
    const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
    const missing: string[] = [];
    const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description && !roots.has(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
