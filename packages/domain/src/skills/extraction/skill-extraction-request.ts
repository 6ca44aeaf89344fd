import { ValidationError } from '../../errors/index.js';
import { findSkills, type SkillFinding } from './extract-skills.js';

/** A long resume or posting is about 10,000 characters; this leaves room for pasted HTML. */
export const MAX_EXTRACTION_TEXT_LENGTH = 100_000;
export const DEFAULT_EXTRACTION_LIMIT = 50;
export const MAX_EXTRACTION_LIMIT = 200;

export interface SkillExtractionOptions {
  /** The most skills returned, the most confident first. */
  limit?: number;
  /** Skills found with less confidence are left out. */
  minConfidence?: number;
}

export interface SkillExtraction {
  skills: SkillFinding[];
  /** Characters in the text as given (UTF-16 code units, as evidence offsets count them). */
  textLength: number;
}

/**
 * The skills of a resume or posting a user sent, plain text or HTML: checked input, the
 * most confident and then the most frequent first.
 */
export function extractSkillsFromText(text: string, options: SkillExtractionOptions = {}): SkillExtraction {
  const limit = options.limit ?? DEFAULT_EXTRACTION_LIMIT;
  const minConfidence = options.minConfidence ?? 0;
  checkText(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXTRACTION_LIMIT) {
    throw ValidationError.forField('limit', `must be between 1 and ${MAX_EXTRACTION_LIMIT}`);
  }
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw ValidationError.forField('minConfidence', 'must be between 0 and 1');
  }
  const skills = findSkills(text)
    .filter((found) => found.confidence >= minConfidence)
    .sort((a, b) => b.confidence - a.confidence || b.count - a.count)
    .slice(0, limit);
  return { skills, textLength: text.length };
}

function checkText(text: string): void {
  if (text.trim().length === 0) throw ValidationError.forField('text', 'must not be empty');
  if (text.length > MAX_EXTRACTION_TEXT_LENGTH) {
    throw ValidationError.forField(
      'text',
      `must be at most ${MAX_EXTRACTION_TEXT_LENGTH.toLocaleString('en-US')} characters (got ${text.length.toLocaleString('en-US')})`,
    );
  }
}
