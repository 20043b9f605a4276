import { describe, expect, it } from 'vitest';
import { completeness } from '../../subgraphs/pim/rules/completeness.ts';

const FASTENER_REQUIRED = ['thread_size', 'length_mm', 'zinc_plated'];

describe('completeness', () => {
  it('counts required attributes, a description and an image: 2 of 3 + description + no image = 3/5', () => {
    const result = completeness({
      requiredAttributes: FASTENER_REQUIRED,
      filledAttributes: ['thread_size', 'length_mm', 'colour'],
      description: 'Grade 8.8 hex bolt.',
      mediaKinds: ['datasheet'],
    });
    // (2 + 1 + 0) / (3 + 2) = 0.6; the optional "colour" value earns nothing
    expect(result).toEqual({ score: 0.6, missingAttributes: ['zinc_plated'], hasDescription: true, hasImage: false });
  });

  it('rounds to 4 decimals: 2 of 3 checks = 0.6667', () => {
    const result = completeness({ requiredAttributes: ['voltage'], filledAttributes: ['voltage'], description: null, mediaKinds: ['image'] });
    // (1 + 0 + 1) / (1 + 2) = 0.66666... -> 0.6667
    expect(result.score).toBe(0.6667);
  });

  it('scores a family with no required attributes on description and image alone', () => {
    const described = completeness({ requiredAttributes: [], filledAttributes: [], description: 'Cable.', mediaKinds: [] });
    expect(described).toEqual({ score: 0.5, missingAttributes: [], hasDescription: true, hasImage: false }); // 1/2
    const full = completeness({ requiredAttributes: [], filledAttributes: [], description: 'Cable.', mediaKinds: ['video', 'image'] });
    expect(full.score).toBe(1); // 2/2
  });

  it('scores 0 when everything is missing, listing every required attribute in family order', () => {
    const result = completeness({ requiredAttributes: FASTENER_REQUIRED, filledAttributes: [], description: null, mediaKinds: [] });
    expect(result).toEqual({ score: 0, missingAttributes: FASTENER_REQUIRED, hasDescription: false, hasImage: false });
  });

  it('does not count a blank description or non-image media', () => {
    const result = completeness({
      requiredAttributes: FASTENER_REQUIRED, filledAttributes: FASTENER_REQUIRED, description: ' \n ', mediaKinds: ['datasheet', 'cad'],
    });
    // (3 + 0 + 0) / 5 = 0.6
    expect(result).toEqual({ score: 0.6, missingAttributes: [], hasDescription: false, hasImage: false });
  });

  it('scores 1 when everything is present', () => {
    const result = completeness({
      requiredAttributes: FASTENER_REQUIRED, filledAttributes: FASTENER_REQUIRED, description: 'Bolt.', mediaKinds: ['image'],
    });
    expect(result.score).toBe(1); // (3 + 1 + 1) / 5
  });
});
