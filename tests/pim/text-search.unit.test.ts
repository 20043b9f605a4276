import { describe, expect, it } from 'vitest';
import { containsPattern, searchTerms } from '../../subgraphs/pim/rules/text-search.ts';

describe('searchTerms', () => {
  it('splits on any whitespace and lower-cases', () => {
    expect(searchTerms('  Hex\tBOLT \n m8 ')).toEqual(['hex', 'bolt', 'm8']);
  });

  it('treats missing or blank text as no terms', () => {
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms(null)).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('accepts 200 characters and refuses 201, naming filter.text', () => {
    expect(searchTerms('a'.repeat(200))).toEqual(['a'.repeat(200)]);
    try {
      searchTerms('a'.repeat(201));
      expect.unreachable('201 characters must be refused');
    } catch (error) {
      expect((error as Error).message).toContain('"filter.text"');
      expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('containsPattern', () => {
  it('matches the term anywhere', () => {
    expect(containsPattern('m8')).toBe('%m8%');
  });

  it('takes LIKE wildcards and the escape character literally', () => {
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('x_4')).toBe('%x\\_4%');
    expect(containsPattern('a\\b')).toBe('%a\\\\b%');
  });
});
