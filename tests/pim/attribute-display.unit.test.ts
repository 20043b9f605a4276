import { describe, expect, it } from 'vitest';
import { displayValue } from '../../subgraphs/pim/rules/attribute-display.ts';

const empty = { unit: null, text_value: null, number_value: null, boolean_value: null };

describe('displayValue', () => {
  it('shows numbers without trailing zeros, with their unit', () => {
    expect(displayValue({ ...empty, data_type: 'number', unit: 'mm', number_value: '12.000' })).toBe('12 mm');
    expect(displayValue({ ...empty, data_type: 'number', unit: 'V', number_value: '0.5' })).toBe('0.5 V');
    expect(displayValue({ ...empty, data_type: 'number', number_value: '4' })).toBe('4');
  });

  it('shows yes/no and text as they are', () => {
    expect(displayValue({ ...empty, data_type: 'boolean', boolean_value: true })).toBe('Yes');
    expect(displayValue({ ...empty, data_type: 'boolean', boolean_value: false })).toBe('No');
    expect(displayValue({ ...empty, data_type: 'text', text_value: 'M8' })).toBe('M8');
  });
});
