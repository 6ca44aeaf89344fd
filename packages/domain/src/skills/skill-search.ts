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

const INDEX_BY_ID = new Map(ENTRIES.map((entry, index) => [entry.skill.id, index]));

/**
 * Every name, later word and alias key in sorted order, so the skills a text is a prefix of
 * are one binary search away instead of a pass over the taxonomy on every keystroke.
 */
interface IndexedKey {
  key: string;
  entry: number;
  kind: 'prefix' | 'word' | 'alias';
  /** For aliases: the position in the skill's spellings, so the first matching one is named. */
  position: number;
}

const PREFIX_INDEX: readonly IndexedKey[] = ENTRIES.flatMap((entry, index): IndexedKey[] => [
  { key: entry.nameKey, entry: index, kind: 'prefix', position: 0 },
  ...entry.wordKeys.map((key) => ({ key, entry: index, kind: 'word' as const, position: 0 })),
  ...entry.aliasKeys.map(({ key }, position) => ({ key, entry: index, kind: 'alias' as const, position })),
]).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

function firstKeyNotBefore(queryKey: string): number {
  let low = 0;
  let high = PREFIX_INDEX.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((PREFIX_INDEX[middle] as IndexedKey).key < queryKey) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The prefix, word and alias matches of a text by entry index, as matchOf would rank them. */
function prefixMatches(queryKey: string): Map<number, [Exclude<SkillMatchKind, 'demand'>, string]> {
  const best = new Map<number, IndexedKey>();
  for (let at = firstKeyNotBefore(queryKey); at < PREFIX_INDEX.length; at++) {
    const indexed = PREFIX_INDEX[at] as IndexedKey;
    if (!indexed.key.startsWith(queryKey)) break;
    const known = best.get(indexed.entry);
    if (
      !known ||
      MATCH_RANK[indexed.kind] < MATCH_RANK[known.kind] ||
      (indexed.kind === known.kind && indexed.position < known.position)
    ) {
      best.set(indexed.entry, indexed);
    }
  }
  const matches = new Map<number, [Exclude<SkillMatchKind, 'demand'>, string]>();
  for (const [index, { kind, position }] of best) {
    const entry = ENTRIES[index] as SearchEntry;
    matches.set(index, [
      kind,
      kind === 'alias' ? (entry.aliasKeys[position] as { alias: string }).alias : entry.skill.name,
    ]);
  }
  return matches;
}

/** One collator for every comparison: localeCompare with a locale builds one per call. */
/**
 * Every name and alias key joined into one string, so CONTAINS matches are found by the
 * engine's substring search rather than by a pass over each key; SPELLING_STARTS maps an
 * offset back to its spelling (position -1 is the name, then the aliases in order).
 */
const SPELLINGS = ENTRIES.flatMap((entry, index) => [
  { key: entry.nameKey, entry: index, position: -1 },
  ...entry.aliasKeys.map(({ key }, position) => ({ key, entry: index, position })),
]);
const JOINED_SPELLINGS = SPELLINGS.map(({ key }) => key).join('\u0000');
const SPELLING_STARTS: number[] = [];
SPELLINGS.reduce((start, { key }) => {
  SPELLING_STARTS.push(start);
  return start + key.length + 1;
}, 0);

function spellingAt(offset: number): (typeof SPELLINGS)[number] {
  let low = 0;
  let high = SPELLING_STARTS.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((SPELLING_STARTS[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return SPELLINGS[low] as (typeof SPELLINGS)[number];
}

/** CONTAINS matches by entry index: the name when it contains the text, else the first alias that does. */
function containingMatches(queryKey: string): Map<number, ['contains', string]> {
  const best = new Map<number, number>();
  for (
    let at = JOINED_SPELLINGS.indexOf(queryKey);
    at !== -1;
    at = JOINED_SPELLINGS.indexOf(queryKey, at + 1)
  ) {
    const { entry, position } = spellingAt(at);
    const known = best.get(entry);
    if (known === undefined || position < known) best.set(entry, position);
  }
  const matches = new Map<number, ['contains', string]>();
  for (const [index, position] of best) {
    const entry = ENTRIES[index] as SearchEntry;
    const text = position === -1 ? entry.skill.name : (entry.aliasKeys[position] as { alias: string }).alias;
    matches.set(index, ['contains', text]);
  }
  return matches;
}

const byName = new Intl.Collator('en').compare;

const byRankThenDemand = (a: SkillSearchHit, b: SkillSearchHit) =>
  MATCH_RANK[a.match] - MATCH_RANK[b.match] || b.postings - a.postings || byName(a.skill.name, b.skill.name);

/**
 * Autocomplete over the taxonomy's names and aliases: exact > prefix > word > alias >
 * contains, then by demand, then by name. Without search text, skills by demand. Prefix
 * matches come from a sorted index; the pass for CONTAINS matches runs only when the better
 * kinds leave room in `limit`, since they always rank above it.
 */
export function searchSkills(options: SkillSearchOptions): SkillSearchHit[] {
  const queryKey = options.search ? keyOf(options.search) : '';
  const inCategory = (entry: SearchEntry) => !options.category || entry.skill.category === options.category;
  const hitOf = (entry: SearchEntry, match: SkillMatchKind, matchedText: string): SkillSearchHit => ({
    skill: entry.skill,
    match,
    matchedText,
    postings: options.demand.get(entry.skill.id) ?? 0,
  });
  if (queryKey === '') {
    return ENTRIES.filter(inCategory)
      .map((entry) => hitOf(entry, 'demand', entry.skill.name))
      .sort(byRankThenDemand)
      .slice(0, options.limit);
  }
  const matches = prefixMatches(queryKey);
  const exact = INDEX_BY_ID.get(normalizeSkill(options.search ?? ''));
  if (exact !== undefined) matches.set(exact, ['exact', (ENTRIES[exact] as SearchEntry).skill.name]);
  const hits: SkillSearchHit[] = [];
  for (const [index, [match, matchedText]] of matches) {
    const entry = ENTRIES[index] as SearchEntry;
    if (inCategory(entry)) hits.push(hitOf(entry, match, matchedText));
  }
  if (hits.length < options.limit && queryKey.length >= 2) {
    for (const [index, [match, matchedText]] of containingMatches(queryKey)) {
      const entry = ENTRIES[index] as SearchEntry;
      if (!matches.has(index) && inCategory(entry)) hits.push(hitOf(entry, match, matchedText));
    }
  }
  return hits.sort(byRankThenDemand).slice(0, options.limit);
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
    .sort((a, b) => b.similarity - a.similarity || byName(a.skill.name, b.skill.name))
    .slice(0, limit)
    .map(({ skill }) => skill);
}
