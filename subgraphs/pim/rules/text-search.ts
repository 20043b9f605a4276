import { badUserInput } from '../../../lib/errors.ts';

/** Longest free text the product search accepts. */
export const MAX_SEARCH_TEXT = 200;

/**
 * The words of a free-text product search, lower-cased: every word must appear in the product's
 * search text. Blank text means no text filter (an empty list).
 */
export function searchTerms(text: string | null | undefined): string[] {
  if (text === null || text === undefined) return [];
  if (text.length > MAX_SEARCH_TEXT) {
    throw badUserInput('filter.text', `must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`);
  }
  return text.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

/** A LIKE pattern matching the term anywhere, with LIKE's wildcards in the term taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
