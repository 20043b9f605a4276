import { toFloat } from '../../../lib/convert.ts';
import type { ProductAttributeRow } from '../db/rows.ts';

type AttributeValue = Pick<ProductAttributeRow, 'data_type' | 'unit' | 'text_value' | 'number_value' | 'boolean_value'>;

/** An attribute value ready to show: "12 mm", "M8", "Yes". Numbers carry the unit when there is one. */
export function displayValue(value: AttributeValue): string {
  if (value.boolean_value !== null) return value.boolean_value ? 'Yes' : 'No';
  if (value.number_value !== null) {
    const number = String(toFloat(value.number_value));
    return value.unit ? `${number} ${value.unit}` : number;
  }
  return value.text_value ?? '';
}
