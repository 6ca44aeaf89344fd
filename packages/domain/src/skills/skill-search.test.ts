import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './skill-normalizer.js';
import { type SkillMatchKind, searchSkills } from './skill-search.js';
import { cleanSkillText, skillLookupKey } from './skill-spelling.js';
import { allSkills, SKILL_CATEGORIES } from './skill-taxonomy.js';

const keyOf = (text: string) => skillLookupKey(cleanSkillText(text));
const RANK = ['exact', 'prefix', 'word', 'alias', 'contains', 'demand'];

/** Each skill's keys, computed once for the rule below. */
const KEYED = allSkills().map((skill) => ({
  skill,
  nameKey: keyOf(skill.name),
  laterWordKeys: cleanSkillText(skill.name)
    .split(' ')
    .slice(1)
    .map(keyOf)
    .filter((key) => key !== ''),
  spellings: [skill.id, ...skill.aliases].map((spelling) => ({ spelling, key: keyOf(spelling) })),
}));

/** The ranking rule written out plainly, one skill at a time: what the index must agree with. */
function ruleMatch(
  keyed: (typeof KEYED)[number],
  queryKey: string,
  exactId: string,
): [SkillMatchKind, string] | null {
  const { skill, nameKey, laterWordKeys, spellings } = keyed;
  if (skill.id === exactId) return ['exact', skill.name];
  if (nameKey.startsWith(queryKey)) return ['prefix', skill.name];
  if (laterWordKeys.some((key) => key.startsWith(queryKey))) return ['word', skill.name];
  const alias = spellings.find(({ key }) => key.startsWith(queryKey));
  if (alias) return ['alias', alias.spelling];
  if (queryKey.length < 2) return null;
  if (nameKey.includes(queryKey)) return ['contains', skill.name];
  const containing = spellings.find(({ key }) => key.includes(queryKey));
  return containing ? ['contains', containing.spelling] : null;
}

const byName = new Intl.Collator('en').compare;

function ruleSearch(search: string, limit: number, demand: Map<string, number>, category?: string) {
  const queryKey = keyOf(search);
  const exactId = normalizeSkill(search);
  return KEYED.filter(({ skill }) => !category || skill.category === category)
    .flatMap((keyed) => {
      const { skill } = keyed;
      const matched = ruleMatch(keyed, queryKey, exactId);
      return matched
        ? [
            {
              skill: skill.id,
              match: matched[0],
              matchedText: matched[1],
              postings: demand.get(skill.id) ?? 0,
              name: skill.name,
            },
          ]
        : [];
    })
    .sort(
      (a, b) =>
        RANK.indexOf(a.match) - RANK.indexOf(b.match) || b.postings - a.postings || byName(a.name, b.name),
    )
    .slice(0, limit)
    .map(({ name: _name, ...hit }) => hit);
}

/** A deterministic demand with many ties, so the order within a match kind is exercised. */
const demand = new Map(allSkills().map((skill, index) => [skill.id, (index * 7919) % 13]));

const searches = [
  ...new Set(
    allSkills().flatMap((skill, index) =>
      index % 5 === 0
        ? [skill.name, skill.id, ...skill.aliases.slice(0, 2)].flatMap((spelling) =>
            [1, 2, 3, 5].map((length) => spelling.slice(0, length)).concat(spelling.slice(2, 6)),
          )
        : [],
    ),
  ),
].filter((search) => keyOf(search) !== '');

describe('searchSkills', () => {
  it('ranks as the rule says for every prefix and inner piece of the taxonomy’s spellings', () => {
    expect(searches.length).toBeGreaterThan(500);
    const disagreements = searches.flatMap((search, index) => {
      const limit = [5, 20, 50][index % 3] as number;
      const category = index % 4 === 0 ? SKILL_CATEGORIES[index % SKILL_CATEGORIES.length] : undefined;
      const found = searchSkills({ search, limit, demand, category }).map((hit) => ({
        skill: hit.skill.id,
        match: hit.match,
        matchedText: hit.matchedText,
        postings: hit.postings,
      }));
      const expected = ruleSearch(search, limit, demand, category);
      return JSON.stringify(found) === JSON.stringify(expected)
        ? []
        : [{ search, category, found, expected }];
    });
    expect(disagreements.slice(0, 3)).toEqual([]);
  });

  it('lists skills by demand without search, within a category when asked', () => {
    const top = searchSkills({ limit: 5, demand });
    expect(top.map((hit) => hit.match)).toEqual(Array(5).fill('demand'));
    expect(top.map((hit) => hit.postings)).toEqual([...top.map((hit) => hit.postings)].sort((a, b) => b - a));
    const databases = searchSkills({ limit: 500, demand, category: 'database' });
    expect(databases.every((hit) => hit.skill.category === 'database')).toBe(true);
    expect(databases.length).toBe(allSkills().filter((skill) => skill.category === 'database').length);
  });

  it('resolves "k8", "reactjs" and "golang" first to their skills', () => {
    const first = (search: string) => searchSkills({ search, limit: 1, demand })[0];
    expect(first('k8')).toMatchObject({ skill: { id: 'kubernetes' }, match: 'exact' });
    expect(first('reactjs')).toMatchObject({ skill: { id: 'react' }, match: 'exact' });
    expect(first('golang')).toMatchObject({ skill: { id: 'go' }, match: 'exact' });
  });
});
