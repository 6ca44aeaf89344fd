import { roleWords } from './role-normalizer.js';

/**
 * A title that a role's search words also hit but that names another job. TheirStack
 * matches title words, so "React Developer" finds "React Native Developer" and, with
 * loose tokenising, "Java Developer" can find "JavaScript Developer".
 *
 * iOS and Android need no rule: "iOS Developer" does not match "Android Developer",
 * and a title naming both platforms is a fair answer for either.
 */
interface ExclusionRule {
  readonly appliesTo: (words: ReadonlySet<string>) => boolean;
  readonly excludedTitles: readonly string[];
}

const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    appliesTo: (words) => words.has('react') && !words.has('native'),
    excludedTitles: ['React Native'],
  },
  {
    appliesTo: (words) => words.has('java') && !words.has('javascript'),
    excludedTitles: ['JavaScript'],
  },
];

/** Titles to send as TheirStack's `job_title_not` for a role. */
export function roleExclusions(role: string): string[] {
  const words = new Set(roleWords(role));
  return EXCLUSION_RULES.filter((rule) => rule.appliesTo(words)).flatMap((rule) => rule.excludedTitles);
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));
}

/**
 * Whether a posting's title names a job the role excludes, by whole words:
 * "React-Native Engineer" is excluded for "React Developer", "Reactive Systems
 * Engineer" is not. Used to filter results the API returned anyway.
 */
export function isExcludedTitle(role: string, title: string): boolean {
  const titleWords = roleWords(title);
  return roleExclusions(role).some((excluded) => containsPhrase(titleWords, roleWords(excluded)));
}
