import { describe, expect, it } from 'vitest';
import { PINNED_AS_OF } from '../../seed/config.ts';
import { generateDataset } from '../../seed/dataset.ts';
import { datasetFingerprint } from '../../seed/fingerprint.ts';
import { Random } from '../../seed/random.ts';

describe('determinism', () => {
  it('gives byte-identical data for the same seed, scale and as-of day', () => {
    const first = datasetFingerprint(generateDataset({ seed: 7, scale: 0.02, asOf: PINNED_AS_OF }));
    const second = datasetFingerprint(generateDataset({ seed: 7, scale: 0.02, asOf: PINNED_AS_OF }));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
  });

  it('gives different data for a different seed', () => {
    expect(datasetFingerprint(generateDataset({ seed: 8, scale: 0.02, asOf: PINNED_AS_OF }))).not.toBe(datasetFingerprint(generateDataset({ seed: 7, scale: 0.02, asOf: PINNED_AS_OF })));
  });

  it('draws the same sequence from the same seed and stream, and another from another stream', () => {
    const draws = (random: Random) => Array.from({ length: 5 }, () => random.next());
    expect(draws(new Random(1, 'orders'))).toEqual(draws(new Random(1, 'orders')));
    expect(draws(new Random(1, 'orders'))).not.toEqual(draws(new Random(1, 'quotes')));
    expect(draws(new Random(1, 'orders'))).not.toEqual(draws(new Random(2, 'orders')));
    for (const value of draws(new Random(3, 'range'))) expect(value >= 0 && value < 1).toBe(true);
  });

  it('rejects seeds and scales that cannot be stored or generated', () => {
    expect(() => generateDataset({ seed: -1, scale: 0.02, asOf: PINNED_AS_OF })).toThrow(/seed/);
    expect(() => generateDataset({ seed: 1.5, scale: 0.02, asOf: PINNED_AS_OF })).toThrow(/seed/);
    expect(() => generateDataset({ seed: 1, scale: 0, asOf: PINNED_AS_OF })).toThrow(/scale/);
  });
});
