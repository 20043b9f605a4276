import type { AttributeDefinitionResolvers } from '../generated/resolvers.ts';

export const AttributeDefinition: AttributeDefinitionResolvers = {
  dataType: (definition) => definition.data_type,
};
