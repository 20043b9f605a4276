import { describe, expect, it } from 'vitest';
import { arrayLiteral, csvField, csvRow } from '../../seed/csv.ts';
import { csvChunks } from '../../seed/targets.ts';

describe('CSV encoding for COPY ... WITH (FORMAT csv)', () => {
  it('leaves plain text, numbers and booleans bare', () => {
    expect(csvField('FST-10001')).toBe('FST-10001');
    expect(csvField(42)).toBe('42');
    expect(csvField(0.375)).toBe('0.375');
    expect(csvField(-1250n)).toBe('-1250');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it('writes NULL as an empty unquoted field and the empty string as ""', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('""');
  });

  it('quotes commas, quotes, line breaks and backslashes, doubling quotes', () => {
    expect(csvField('Okafor, Brandt & Sons')).toBe('"Okafor, Brandt & Sons"');
    expect(csvField('Hex Cap Screw, 3/8"-16')).toBe('"Hex Cap Screw, 3/8""-16"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('\\.')).toBe('"\\."');
  });

  it('writes Dates as ISO-8601 UTC instants', () => {
    expect(csvField(new Date('2026-11-01T23:59:59Z'))).toBe('2026-11-01T23:59:59.000Z');
  });

  it('writes arrays as Postgres array literals, quoted as one CSV field when needed', () => {
    expect(arrayLiteral(['hardware', 'zinc'])).toBe('{hardware,zinc}');
    expect(csvField(['hardware', 'zinc'])).toBe('"{hardware,zinc}"');
    expect(csvField([])).toBe('{}');
    expect(arrayLiteral(['hex cap screw', '3/8"-16', null, '', 'NULL', 'a\\b', '{x}'])).toBe(
      '{"hex cap screw","3/8\\"-16",NULL,"","NULL","a\\\\b","{x}"}',
    );
    expect(csvField(['3/8"-16', 'x y'])).toBe('"{""3/8\\""-16"",""x y""}"');
  });

  it('refuses values COPY cannot represent', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('joins a row with commas and ends it with a newline', () => {
    expect(csvRow(['SO-000001', 3, null, 'a,b', new Date('2026-01-02T03:04:05Z')])).toBe(
      'SO-000001,3,,"a,b",2026-01-02T03:04:05.000Z\n',
    );
  });

  it('splits rows into chunks of at most the chunk size', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [i]);
    expect([...csvChunks(rows, 2)]).toEqual(['0\n1\n', '2\n3\n', '4\n']);
    expect([...csvChunks([], 2)]).toEqual([]);
  });
});
