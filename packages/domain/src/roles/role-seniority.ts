/**
 * Seniority and level words. A title's level says how senior the hire is, not what
 * the job is, so both the analytics key and the search titles drop them.
 */

/** Words that state a level when they open a title ("Senior", "Entry-level", "Staff"). */
const LEADING_LEVEL_WORDS: ReadonlySet<string> = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'lead',
  'staff',
  'principal',
  'distinguished',
  'associate',
  'intern',
  'graduate',
  'grad',
  'trainee',
  'apprentice',
  'entry',
  'entry-level',
  'mid',
  'mid-level',
  'level',
]);

/**
 * Words that state a level when they close a title ("Engineer II", "Developer, Senior").
 * "lead" is absent on purpose: "Tech Lead" and "Team Lead" are roles, not levels.
 */
const TRAILING_LEVEL_WORDS: ReadonlySet<string> = new Set([
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  '1',
  '2',
  '3',
  '4',
  '5',
  'senior',
  'sr',
  'junior',
  'jr',
  'intern',
  'internship',
  'trainee',
  'graduate',
  'entry',
  'entry-level',
  'mid',
  'mid-level',
  'level',
]);

/**
 * Drops level words from both ends of a title's tokens. `wordOf` gives each token's
 * lower-cased, punctuation-free form. A title made only of level words ("Lead",
 * "Intern") is kept whole, since there is nothing else to name the role by.
 */
export function stripSeniority<T>(tokens: readonly T[], wordOf: (token: T) => string): T[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && LEADING_LEVEL_WORDS.has(wordOf(tokens[start]!))) start++;
  while (end > start && TRAILING_LEVEL_WORDS.has(wordOf(tokens[end - 1]!))) end--;
  return start === end ? [...tokens] : tokens.slice(start, end);
}
