/**
 * How completely a product is enriched. One check per required attribute of its family, one for a
 * description, one for at least one image:
 *   score = satisfied checks / total checks, rounded to 4 decimals.
 * E.g. 3 required attributes with 2 filled, a description, no image: (2 + 1 + 0) / 5 = 0.6.
 */

export interface CompletenessInput {
  /** Codes of the family's required attributes, in display order. */
  requiredAttributes: readonly string[];
  /** Codes of the attributes the product has a value for. */
  filledAttributes: readonly string[];
  description: string | null;
  /** Kinds of the product's media files ('image', 'datasheet', ...). */
  mediaKinds: readonly string[];
}

export interface CompletenessResult {
  score: number;
  missingAttributes: string[];
  hasDescription: boolean;
  hasImage: boolean;
}

export function completeness(input: CompletenessInput): CompletenessResult {
  const filled = new Set(input.filledAttributes);
  const missingAttributes = input.requiredAttributes.filter((code) => !filled.has(code));
  const hasDescription = input.description !== null && input.description.trim() !== '';
  const hasImage = input.mediaKinds.includes('image');
  const total = input.requiredAttributes.length + 2;
  const satisfied = input.requiredAttributes.length - missingAttributes.length + Number(hasDescription) + Number(hasImage);
  return { score: roundTo4(satisfied / total), missingAttributes, hasDescription, hasImage };
}

function roundTo4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
