import { LRUCache } from 'lru-cache';
import { cleanSkillText, skillLookupKey, withoutVersionSuffix } from './skill-spelling.js';
import { allSkills, type SkillDefinition, SkillTaxonomyError } from './skill-taxonomy.js';

/**
 * Maps the lookup key of every id and alias to its skill id. Two skills claiming the same
 * key would make normalisation depend on file order, so that is a data error.
 */
function buildIdsByKey(skills: readonly SkillDefinition[]): ReadonlyMap<string, string> {
  const idsByKey = new Map<string, string>();
  for (const skill of skills) {
    for (const spelling of [skill.id, ...skill.aliases]) {
      const key = skillLookupKey(cleanSkillText(spelling));
      const owner = idsByKey.get(key);
      if (owner !== undefined && owner !== skill.id) {
        throw new SkillTaxonomyError(
          `"${spelling}" of skill "${skill.id}" is already a spelling of "${owner}"`,
        );
      }
      idsByKey.set(key, skill.id);
    }
  }
  return idsByKey;
}

const IDS_BY_KEY = buildIdsByKey(allSkills());

// Postings repeat the same few thousand slugs, so most calls are answered from here. It
// memoises a pure function of the built-in taxonomy, so it holds no state a process could
// see differently from another; least recently used spellings leave first.
const MEMO_LIMIT = 20_000;
const memo = new LRUCache<string, string>({ max: MEMO_LIMIT });

/**
 * The canonical skill id for any spelling ("ReactJS", "node-js", "amazon-web-services",
 * "Python 3.11" → "react", "nodejs", "aws", "python"). An unknown skill is returned
 * cleaned ("Some_New-Tool " → "some new tool"), never dropped; blank input gives ''.
 */
export function normalizeSkill(raw: string): string {
  const remembered = memo.get(raw);
  if (remembered !== undefined) return remembered;
  const normalized = resolveSkill(raw);
  memo.set(raw, normalized);
  return normalized;
}

/** normalizeSkill() of each, blanks dropped, duplicates removed keeping the first. */
export function normalizeSkills(raws: Iterable<string>): string[] {
  const unique = new Set<string>();
  for (const raw of raws) {
    const normalized = normalizeSkill(raw);
    if (normalized !== '') unique.add(normalized);
  }
  return [...unique];
}

function resolveSkill(raw: string): string {
  const cleaned = cleanSkillText(raw);
  if (cleaned === '') return '';
  const known = IDS_BY_KEY.get(skillLookupKey(cleaned));
  if (known !== undefined) return known;
  const unversioned = withoutVersionSuffix(cleaned);
  const knownWithoutVersion =
    unversioned === undefined ? undefined : IDS_BY_KEY.get(skillLookupKey(unversioned));
  return knownWithoutVersion ?? cleaned;
}
