import { toFloat } from '../../../lib/convert.ts';
import type { ProductAttributeResolvers } from '../generated/resolvers.ts';
import { displayValue } from '../rules/attribute-display.ts';

export const ProductAttribute: ProductAttributeResolvers = {
  // The row carries the joined definition's columns.
  definition: (attribute) => attribute,
  textValue: (attribute) => attribute.text_value,
  // A measurement, not money: a float is the right type.
  numberValue: (attribute) => (attribute.number_value === null ? null : toFloat(attribute.number_value)),
  booleanValue: (attribute) => attribute.boolean_value,
  displayValue: (attribute) => displayValue(attribute),
};
