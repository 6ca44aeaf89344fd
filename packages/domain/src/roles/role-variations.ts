import { uniqueIgnoringCase } from '../shared/index.js';
import { roleFamilyOf } from './role-families.js';
import { hasInterchangeableHead, normalizeRole } from './role-normalizer.js';
import { stripSeniority } from './role-seniority.js';

/** TheirStack ORs the titles; past a dozen they add little but noise. */
export const MAX_ROLE_VARIATIONS = 12;

/** Terms titles spell three ways; each way is searched since TheirStack matches words. */
const MULTI_SPELLING_TERMS: ReadonlyArray<{ pattern: RegExp; spellings: readonly string[] }> = [
  { pattern: /\bfront[\s-]*end\b/i, spellings: ['Frontend', 'Front-end', 'Front End'] },
  { pattern: /\bback[\s-]*end\b/i, spellings: ['Backend', 'Back-end', 'Back End'] },
  { pattern: /\bfull[\s-]*stack\b/i, spellings: ['Full Stack', 'Full-stack', 'Fullstack'] },
];

/** A title that is only one of these words matches nearly every posting. */
const BARE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'engineer',
  'developer',
  'programmer',
  'manager',
  'analyst',
  'scientist',
  'architect',
  'designer',
  'consultant',
  'specialist',
  'tester',
  'administrator',
]);

const LAST_BUILDER_HEAD = /\b(engineer|developer)\b(?!.*\b(?:engineer|developer)\b)/i;

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function levelWordOf(token: string): string {
  return token.toLowerCase().replace(/[.,;:()]/g, '');
}

/** "Senior Backend Developer II" → "Backend Developer"; "Software Engineer, Senior" → "Software Engineer". */
function withoutSeniority(title: string): string {
  const kept = stripSeniority(title.split(' '), levelWordOf).join(' ');
  return kept.replace(/^[\s,;:\-–—(]+|[\s,;:\-–—(]+$/g, '') || title;
}

function inCaseOf(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** "Backend Developer" ↔ "Backend Engineer", only where both name the same job. */
function withSwappedHead(title: string): string | undefined {
  if (!hasInterchangeableHead(normalizeRole(title))) return undefined;
  return title.replace(LAST_BUILDER_HEAD, (head) =>
    inCaseOf(head, head.toLowerCase() === 'engineer' ? 'developer' : 'engineer'),
  );
}

function respellings(title: string): string[] {
  const term = MULTI_SPELLING_TERMS.find(({ pattern }) => pattern.test(title));
  if (!term) return [title];
  return [title, ...term.spellings.map((spelling) => title.replace(term.pattern, spelling))];
}

function titleForms(title: string): string[] {
  return respellings(title).flatMap((spelled) => {
    const swapped = withSwappedHead(spelled);
    return swapped ? [spelled, swapped] : [spelled];
  });
}

function isBareHeadNoun(title: string): boolean {
  return BARE_HEAD_NOUNS.has(title.toLowerCase());
}

/**
 * Titles to send as TheirStack's `job_title_or` for a role: the role as given, its
 * level-free form with Engineer/Developer and hyphenation variants, then the other
 * titles of its family. Level words are dropped because TheirStack matches words,
 * so "Backend Developer" already finds "Senior Backend Developer".
 */
export function roleVariations(role: string): string[] {
  const asGiven = collapseWhitespace(role);
  if (!asGiven) return [];
  const family = roleFamilyOf(normalizeRole(asGiven));
  const related = [...titleForms(withoutSeniority(asGiven)), ...(family?.titles ?? [])].filter(
    (title) => !isBareHeadNoun(title),
  );
  return uniqueIgnoringCase([asGiven, ...related]).slice(0, MAX_ROLE_VARIATIONS);
}
