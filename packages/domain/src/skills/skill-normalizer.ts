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

/**
 * The canonical skill id for any spelling ("ReactJS", "node-js", "amazon-web-services",
 * "Python 3.11" → "react", "nodejs", "aws", "python"). An unknown skill is returned
 * cleaned ("Some_New-Tool " → "some new tool"), never dropped; blank input gives ''.
 * A pure function of the built-in taxonomy; for the many spellings of postings use a
 * SkillNormalizer, which remembers them.
 */
export function normalizeSkill(raw: string): string {
  const cleaned = cleanSkillText(raw);
  if (cleaned === '') return '';
  const known = IDS_BY_KEY.get(skillLookupKey(cleaned));
  if (known !== undefined) return known;
  const unversioned = withoutVersionSuffix(cleaned);
  const knownWithoutVersion =
    unversioned === undefined ? undefined : IDS_BY_KEY.get(skillLookupKey(unversioned));
  return knownWithoutVersion ?? cleaned;
}

/** normalizeSkill() of each, blanks dropped, duplicates removed keeping the first. */
export function normalizeSkills(raws: Iterable<string>): string[] {
  return uniqueSkills(raws, normalizeSkill);
}

function uniqueSkills(raws: Iterable<string>, normalize: (raw: string) => string): string[] {
  const unique = new Set<string>();
  for (const raw of raws) {
    const normalized = normalize(raw);
    if (normalized !== '') unique.add(normalized);
  }
  return [...unique];
}

export interface SkillNormalizerOptions {
  /** Spellings remembered; the least recently used leave first. Default 20,000. */
  max?: number;
}

/**
 * normalizeSkill with a bounded memo: postings repeat the same few thousand technology
 * slugs, so most of a collection's calls are answered from it. One per process, built by
 * createDomain and given to the collection; the memo holds answers of a pure function, so
 * two processes never see different results.
 */
export class SkillNormalizer {
  readonly #memo: LRUCache<string, string>;

  constructor(options: SkillNormalizerOptions = {}) {
    this.#memo = new LRUCache({ max: options.max ?? 20_000 });
  }

  normalize(raw: string): string {
    const remembered = this.#memo.get(raw);
    if (remembered !== undefined) return remembered;
    const normalized = normalizeSkill(raw);
    this.#memo.set(raw, normalized);
    return normalized;
  }

  /** normalize() of each, blanks dropped, duplicates removed keeping the first. */
  normalizeAll(raws: Iterable<string>): string[] {
    return uniqueSkills(raws, (raw) => this.normalize(raw));
  }
}
