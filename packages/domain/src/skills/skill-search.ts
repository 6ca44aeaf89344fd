import { normalizeSkill } from './skill-normalizer.js';
import { cleanSkillText, skillLookupKey } from './skill-spelling.js';
import { allSkills, type SkillCategory, type SkillDefinition } from './skill-taxonomy.js';

/**
 * How a skill matched a search, best first. EXACT: the text is one of the skill's
 * spellings (its name, id or an alias, as normalizeSkill resolves them: "golang" → Go);
 * PREFIX: the name starts with the text; WORD: a later word of the name does; ALIAS: an
 * alias starts with the text ("k8" → Kubernetes through "k8s"); CONTAINS: the name or an
 * alias contains it. DEMAND: no search text, ranked by market demand alone.
 */
export type SkillMatchKind = 'exact' | 'prefix' | 'word' | 'alias' | 'contains' | 'demand';

const MATCH_RANK: Record<SkillMatchKind, number> = {
  exact: 0,
  prefix: 1,
  word: 2,
  alias: 3,
  contains: 4,
  demand: 5,
};

export interface SkillSearchHit {
  skill: SkillDefinition;
  match: SkillMatchKind;
  /** The spelling that matched (the name, or the alias for ALIAS and EXACT-by-alias matches). */
  matchedText: string;
  /** Postings asking for the skill in the demand window the caller gave. */
  postings: number;
}

export interface SkillSearchOptions {
  search?: string | null;
  category?: SkillCategory | null;
  limit: number;
  /** Postings per canonical skill id: breaks ties within a match kind, and ranks alone without search. */
  demand: ReadonlyMap<string, number>;
}

interface SearchEntry {
  skill: SkillDefinition;
  /** The name's lookup key and each word's, for prefix and word matches. */
  nameKey: string;
  wordKeys: string[];
  aliasKeys: { alias: string; key: string }[];
}

/** Lookup keys ignore case, spaces, dots and slashes, so "node js", "Node.js" and "nodejs" meet. */
const keyOf = (text: string) => skillLookupKey(cleanSkillText(text));

const ENTRIES: readonly SearchEntry[] = allSkills().map((skill) => {
  const words = cleanSkillText(skill.name).split(' ');
  return {
    skill,
    nameKey: keyOf(skill.name),
    wordKeys: words
      .slice(1)
      .map(keyOf)
      .filter((key) => key !== ''),
    aliasKeys: [skill.id, ...skill.aliases].map((alias) => ({ alias, key: keyOf(alias) })),
  };
});

function matchOf(entry: SearchEntry, queryKey: string, exactId: string): [SkillMatchKind, string] | null {
  const { skill } = entry;
  if (skill.id === exactId) return ['exact', skill.name];
  if (entry.nameKey.startsWith(queryKey)) return ['prefix', skill.name];
  if (entry.wordKeys.some((key) => key.startsWith(queryKey))) return ['word', skill.name];
  const alias = entry.aliasKeys.find(({ key }) => key.startsWith(queryKey));
  if (alias) return ['alias', alias.alias];
  if (queryKey.length >= 2) {
    if (entry.nameKey.includes(queryKey)) return ['contains', skill.name];
    const containing = entry.aliasKeys.find(({ key }) => key.includes(queryKey));
    if (containing) return ['contains', containing.alias];
  }
  return null;
}

/**
 * Autocomplete over the taxonomy's names and aliases: exact > prefix > word > alias >
 * contains, then by demand, then by name. Without search text, skills by demand.
 */
export function searchSkills(options: SkillSearchOptions): SkillSearchHit[] {
  const queryKey = options.search ? keyOf(options.search) : '';
  const exactId = queryKey === '' ? '' : normalizeSkill(options.search ?? '');
  const hits: SkillSearchHit[] = [];
  for (const entry of ENTRIES) {
    if (options.category && entry.skill.category !== options.category) continue;
    const postings = options.demand.get(entry.skill.id) ?? 0;
    if (queryKey === '') {
      hits.push({ skill: entry.skill, match: 'demand', matchedText: entry.skill.name, postings });
      continue;
    }
    const matched = matchOf(entry, queryKey, exactId);
    if (matched) hits.push({ skill: entry.skill, match: matched[0], matchedText: matched[1], postings });
  }
  return hits
    .sort(
      (a, b) =>
        MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
        b.postings - a.postings ||
        a.skill.name.localeCompare(b.skill.name, 'en'),
    )
    .slice(0, options.limit);
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${key} `;
  for (let index = 0; index < padded.length - 1; index++) {
    const gram = padded.slice(index, index + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of two keys' character bigrams: 1 for equal keys, near 0 for unrelated ones. */
function bigramSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Below this, a spelling is too unlike the text to suggest. */
const MIN_SPELLING_SIMILARITY = 0.45;

/**
 * Skills whose name or an alias is spelt most like the text ("kubernets" → Kubernetes),
 * for "did you mean" answers when a search finds nothing.
 */
export function similarlySpeltSkills(text: string, limit: number): SkillDefinition[] {
  const grams = bigrams(keyOf(text));
  return ENTRIES.map((entry) => ({
    skill: entry.skill,
    similarity: Math.max(
      bigramSimilarity(grams, bigrams(entry.nameKey)),
      ...entry.aliasKeys.map(({ key }) => bigramSimilarity(grams, bigrams(key))),
    ),
  }))
    .filter(({ similarity }) => similarity >= MIN_SPELLING_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.skill.name.localeCompare(b.skill.name, 'en'))
    .slice(0, limit)
    .map(({ skill }) => skill);
}
