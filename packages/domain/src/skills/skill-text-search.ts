import { normalizeSkill } from './skill-normalizer.js';
import { findSkill } from './skill-taxonomy.js';

/** A search text prepared once: the text itself, and the skill each part of it names. */
export interface SkillSearch {
  readonly query: string;
  readonly needle: string;
  /** The taxonomy skill the whole query names in any spelling ("k8s" → kubernetes); null when none. */
  readonly skill: string | null;
  /** The query's words, each with the skill it names on its own, if any. */
  readonly words: readonly { readonly text: string; readonly skill: string | null }[];
  /** Matches the canonical name of the skill the whole query names; null when it names none. */
  readonly skillName: RegExp | null;
}

function knownSkill(text: string): string | null {
  const id = normalizeSkill(text);
  return id !== '' && findSkill(id) !== undefined ? id : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The canonical id and name of a skill as whole words ("go" must not match "google"), so a
 * text that writes the skill's usual name matches a search by one of its aliases.
 */
function canonicalNamePattern(skill: string): RegExp {
  const names = [...new Set([skill, (findSkill(skill)?.name ?? skill).toLowerCase()])].map(escapeRegExp);
  return new RegExp(`(^|[^a-z0-9+#])(${names.join('|')})($|[^a-z0-9+#])`);
}

/** The one way every search over skills reads its text, so an alias finds its canonical skill everywhere. */
export function skillSearch(query: string): SkillSearch {
  const trimmed = query.trim();
  const needle = trimmed.toLowerCase();
  const skill = knownSkill(trimmed);
  return {
    query: trimmed,
    needle,
    skill,
    skillName: skill === null ? null : canonicalNamePattern(skill),
    words: needle
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((text) => ({ text, skill: knownSkill(text) })),
  };
}

/**
 * True when an item about `skillIds`, described by `texts`, answers the search: a text contains
 * the query, or the query names one of the item's skills, or every word of the query is in a
 * text or names one of the item's skills ("k8s operator" finds a Kubernetes operator guide).
 */
export function matchesSkillSearch(
  search: SkillSearch,
  skillIds: readonly string[],
  texts: readonly string[],
): boolean {
  const lowerTexts = texts.map((text) => text.toLowerCase());
  if (lowerTexts.some((text) => text.includes(search.needle))) return true;
  if (search.skill !== null && skillIds.includes(search.skill)) return true;
  if (search.skillName !== null && lowerTexts.some((text) => search.skillName?.test(text))) return true;
  return (
    search.words.length > 1 &&
    search.words.every(
      (word) =>
        lowerTexts.some((text) => text.includes(word.text)) ||
        (word.skill !== null && skillIds.includes(word.skill)),
    )
  );
}
