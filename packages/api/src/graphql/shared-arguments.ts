import { TARGET_ROLE_MAX_LENGTH } from '@career-navigator/domain';
import { ArgsType } from 'type-graphql';
import { MAX_SKILLS_PER_QUERY, SEARCH_TEXT_MAX_LENGTH, SKILL_NAME_MAX_LENGTH } from './argument-limits.js';
import { BoundedFloat, BoundedInt, BoundedText, BoundedTextList } from './validated-fields.js';

// The arguments several queries take, bounded alike everywhere: a query states only what it says about them.

/** Whole days of postings back from today: a month unless asked, at most a year. */
export function PostingDays(description: string): PropertyDecorator {
  return BoundedInt({ min: 1, max: 365, defaultValue: 30, description });
}

/** The share of a role's postings that makes a skill required (the gap analysis and what builds on it). */
export function RequiredShare(description: string): PropertyDecorator {
  return BoundedFloat({ min: 0.1, max: 1, defaultValue: 0.25, description });
}

/** A job title in any spelling. */
export function RoleTitle(options: { description: string; nullable?: boolean }): PropertyDecorator {
  return BoundedText({ minLength: 1, maxLength: TARGET_ROLE_MAX_LENGTH, ...options });
}

/** The words a search or a filter looks for; a filter may allow an empty text (minLength 0). */
export function SearchText(
  options: { description?: string; nullable?: boolean; minLength?: number } = {},
): PropertyDecorator {
  return BoundedText({ minLength: 1, maxLength: SEARCH_TEXT_MAX_LENGTH, ...options });
}

/** Skill names in any spelling. */
export function SkillNames(
  options: { minItems?: number; nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  return BoundedTextList({ maxItems: MAX_SKILLS_PER_QUERY, maxLength: SKILL_NAME_MAX_LENGTH, ...options });
}

/** How many items a page skips. */
export function PageOffset(): PropertyDecorator {
  return BoundedInt({ min: 0, defaultValue: 0 });
}

/** The page of a catalog search: 20 matches unless asked, at most 100. */
@ArgsType()
export abstract class SearchPageArgs {
  @BoundedInt({ min: 1, max: 100, defaultValue: 20 })
  limit!: number;

  @PageOffset()
  offset!: number;
}

/** A catalog search: the words it looks for and the page of matches it answers. */
@ArgsType()
export abstract class CatalogSearchArgs extends SearchPageArgs {
  @SearchText() query!: string;
}
