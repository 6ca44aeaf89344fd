import { statSync } from 'node:fs';
import {
  ORIGINAL_CANONICAL_MAP,
  ORIGINAL_CATEGORY_TERMS,
  ORIGINAL_IDENTITY_SLUGS,
  ORIGINAL_SLUG_RENAMES,
} from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './skill-normalizer.js';
import { cleanSkillText, skillLookupKey } from './skill-spelling.js';
import {
  allSkills,
  findSkill,
  indexSkills,
  parseTaxonomyFile,
  SKILL_CATEGORIES,
  type SkillDefinition,
  SkillTaxonomyError,
  taxonomyFileName,
} from './skill-taxonomy.js';

const skills = allSkills();
const keyOf = (spelling: string) => skillLookupKey(cleanSkillText(spelling));

/** A test per `[skill id, value]` row: the skill's `field` in the taxonomy lists the value. */
function itLists(field: 'prerequisites' | 'notInText', title: string, rows: [id: string, value: string][]) {
  it.each(rows)(title, (id, value) => {
    expect(findSkill(id)?.[field]).toContain(value);
  });
}

function findPrerequisiteCycle(): string[] | undefined {
  const finished = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (finished.has(id)) return undefined;
    if (onPath.includes(id)) return [...onPath.slice(onPath.indexOf(id)), id];
    onPath.push(id);
    for (const prerequisite of findSkill(id)?.prerequisites ?? []) {
      const cycle = visit(prerequisite);
      if (cycle) return cycle;
    }
    onPath.pop();
    finished.add(id);
    return undefined;
  };
  for (const skill of skills) {
    const cycle = visit(skill.id);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('skill taxonomy integrity', () => {
  it('has at least 420 skills with unique ids', () => {
    expect(skills.length).toBeGreaterThanOrEqual(420);
    expect(new Set(skills.map((skill) => skill.id)).size).toBe(skills.length);
  });

  it('has at least 1,300 aliases, and at least 1,300 that are spelled differently from their id', () => {
    const aliasCount = skills.reduce((total, skill) => total + skill.aliases.length, 0);
    const distinctAliasKeys = new Set(
      skills.flatMap((skill) => skill.aliases.map(keyOf).filter((key) => key !== keyOf(skill.id))),
    );
    expect(aliasCount).toBeGreaterThanOrEqual(1300);
    expect(distinctAliasKeys.size).toBeGreaterThanOrEqual(1300);
  });

  it('gives every spelling (after cleaning) to exactly one skill, so no alias equals another skill id', () => {
    const ownerByKey = new Map<string, string>();
    const conflicts: string[] = [];
    for (const skill of skills) {
      for (const spelling of [skill.id, ...skill.aliases]) {
        const owner = ownerByKey.get(keyOf(spelling));
        if (owner !== undefined && owner !== skill.id) conflicts.push(`${spelling}: ${owner} / ${skill.id}`);
        ownerByKey.set(keyOf(spelling), skill.id);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('refers only to existing skills in prerequisites and related, never to itself', () => {
    const dangling = skills.flatMap((skill) =>
      [...skill.prerequisites, ...skill.related]
        .filter((reference) => findSkill(reference) === undefined || reference === skill.id)
        .map((reference) => `${skill.id} → ${reference}`),
    );
    expect(dangling).toEqual([]);
  });

  it('has no prerequisite cycles', () => {
    expect(findPrerequisiteCycle()).toBeUndefined();
  });

  it('uses every category', () => {
    const used = new Set(skills.map((skill) => skill.category));
    expect([...used].sort()).toEqual([...SKILL_CATEGORIES].sort());
  });

  it('keeps every data file under 500 KB', () => {
    for (const category of SKILL_CATEGORIES) {
      const { size } = statSync(new URL(`./data/${taxonomyFileName(category)}`, import.meta.url));
      expect(size, taxonomyFileName(category)).toBeLessThan(500 * 1024);
    }
  });

  itLists('prerequisites', 'orders learning paths with %s after its prerequisite %s', [
    ['react', 'javascript'],
    ['next.js', 'react'],
    ['kubernetes', 'docker'],
    ['typescript', 'javascript'],
    ['spring boot', 'java'],
    ['django', 'python'],
    ['pandas', 'python'],
    ['deep learning', 'machine learning'],
    ['express', 'nodejs'],
    ['react native', 'react'],
    ['flutter', 'dart'],
  ]);

  it('flags skills whose names are everyday words or single letters as ambiguous', () => {
    const everydayWords =
      'go swift rust react spring express flask rails excel dart ruby shell chef puppet ember meteor elm julia crystal';
    for (const spelling of [...everydayWords.split(' '), 'r', 'c']) {
      expect(findSkill(normalizeSkill(spelling))?.ambiguous, spelling).toBe(true);
    }
    const singleLetterSkills = skills.filter((skill) =>
      [skill.id, ...skill.aliases].some((spelling) => keyOf(spelling).length === 1),
    );
    expect(singleLetterSkills.filter((skill) => !skill.ambiguous)).toEqual([]);
    expect(findSkill('kubernetes')?.ambiguous).toBe(false);
  });
});

describe('free-text spellings', () => {
  it('keeps out of free text only spellings that still resolve to their skill', () => {
    const wrong = skills.flatMap((skill) =>
      skill.notInText
        .filter((spelling) => normalizeSkill(spelling) !== skill.id)
        .map((spelling) => `${skill.id}: ${spelling}`),
    );
    expect(wrong).toEqual([]);
  });

  itLists('notInText', 'keeps the %s spelling "%s" for tags only, out of free text', [
    ['typescript', 'ts'],
    ['ethereum', 'eth'],
    ['git', 'vcs'],
    ['monday.com', 'monday'],
    ['operating systems', 'os'],
    ['mobile development', 'mobile apps'],
    ['api design', 'api'],
    ['api design', 'apis'],
    ['frontend development', 'frontend'],
    ['backend development', 'backend'],
  ]);

  it('no longer reads "rtl", which names no skill safely, as React Testing Library', () => {
    expect(normalizeSkill('rtl')).toBe('rtl');
  });

  it("gives every text form to one skill and never to another skill's spelling", () => {
    const ownerByKey = new Map<string, string>();
    for (const skill of skills)
      for (const spelling of [skill.id, ...skill.aliases]) ownerByKey.set(keyOf(spelling), skill.id);
    const conflicts: string[] = [];
    for (const skill of skills) {
      for (const form of skill.textForms) {
        const owner = ownerByKey.get(keyOf(form));
        if (owner !== undefined && owner !== skill.id) conflicts.push(`${form}: ${owner} / ${skill.id}`);
        ownerByKey.set(keyOf(form), skill.id);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('has the office, design, mobile, security and data skills free text asks for', () => {
    const expected: [string, string, boolean][] = [
      ['cuda', 'programming_language', false],
      ['powerpoint', 'devops_tooling', false],
      ['outlook', 'devops_tooling', true],
      ['microsoft word', 'devops_tooling', true],
      ['canva', 'design_tool', false],
      ['zendesk', 'devops_tooling', false],
      ['mailchimp', 'devops_tooling', false],
      ['quickbooks', 'devops_tooling', false],
      ['xero', 'devops_tooling', false],
      ['blender', 'devops_tooling', true],
      ['hardhat', 'devops_tooling', true],
      ['rtos', 'methodology_concept', false],
      ['nessus', 'security', false],
      ['cissp', 'security', false],
      ['oscp', 'security', false],
      ['tidyverse', 'data_ml', false],
      ['ggplot2', 'data_ml', false],
      ['shiny', 'data_ml', true],
      ['jax', 'data_ml', false],
      ['combine', 'mobile', true],
      ['testflight', 'mobile', false],
      ['fastlane', 'mobile', false],
      ['prototyping', 'methodology_concept', false],
      ['design systems', 'methodology_concept', false],
    ];
    for (const [id, category, ambiguous] of expected) {
      expect(findSkill(id), id).toMatchObject({ category, ambiguous });
    }
    expect(normalizeSkill('FreeRTOS')).toBe('rtos');
    expect(findSkill('shiny')?.prerequisites).toContain('r');
    expect(findSkill('combine')?.prerequisites).toContain('swift');
  });
});

describe('coverage of the original system vocabulary', () => {
  it('resolves every term of the original category lists to a known skill', () => {
    const terms = Object.values(ORIGINAL_CATEGORY_TERMS).flat();
    expect(new Set(terms).size).toBe(317);
    const unresolved = terms.filter((term) => findSkill(normalizeSkill(term)) === undefined);
    expect(unresolved).toEqual([]);
  });

  it('keeps every identity slug of the original slug map as a skill id', () => {
    expect(ORIGINAL_IDENTITY_SLUGS).toHaveLength(91);
    const changed = ORIGINAL_IDENTITY_SLUGS.filter((slug) => normalizeSkill(slug) !== slug);
    expect(changed).toEqual([]);
  });

  it('maps every rename of the original slug map and canonical map to the same target id', () => {
    const renames = { ...ORIGINAL_SLUG_RENAMES, ...ORIGINAL_CANONICAL_MAP };
    const mismatches = Object.entries(renames)
      .filter(([slug, target]) => normalizeSkill(slug) !== target || findSkill(target) === undefined)
      .map(([slug, target]) => `${slug} → ${normalizeSkill(slug)} (expected ${target})`);
    expect(mismatches).toEqual([]);
  });
});

describe('taxonomy loading', () => {
  const valid = {
    id: 'acme db',
    name: 'Acme DB',
    category: 'database',
    aliases: ['acmedb'],
    prerequisites: [],
    related: [],
  };

  it('turns the optional ambiguous marker into a boolean', () => {
    const [plain, ambiguous] = parseTaxonomyFile('database.json', 'database', [
      valid,
      { ...valid, id: 'acme', ambiguous: true },
    ]);
    expect(plain?.ambiguous).toBe(false);
    expect(ambiguous?.ambiguous).toBe(true);
  });

  it('defaults the free-text spelling lists to empty and keeps those given', () => {
    const [plain, tuned] = parseTaxonomyFile('database.json', 'database', [
      valid,
      { ...valid, id: 'acme', notInText: ['acmedb'], textForms: ['acme queries'] },
    ]);
    expect(plain).toMatchObject({ notInText: [], textForms: [] });
    expect(tuned).toMatchObject({ notInText: ['acmedb'], textForms: ['acme queries'] });
  });

  it('accepts only its own id or aliases as spellings kept out of free text', () => {
    expect(() =>
      parseTaxonomyFile('database.json', 'database', [{ ...valid, notInText: ['acme db'] }]),
    ).not.toThrow();
    expect(() => parseTaxonomyFile('database.json', 'database', [{ ...valid, notInText: ['adb'] }])).toThrow(
      /database\.json: skill "acme db": notInText "adb" is neither its id nor an alias/,
    );
    expect(() =>
      parseTaxonomyFile('database.json', 'database', [{ ...valid, textForms: ['Acme Queries'] }]),
    ).toThrow(/textForms\.0 must be trimmed lowercase/);
  });

  it('names the file and the skill of an invalid entry', () => {
    const badEntries: [unknown, RegExp][] = [
      [{ ...valid, name: '' }, /database\.json: skill "acme db": name/],
      [
        { ...valid, aliases: ['AcmeDB'] },
        /database\.json: skill "acme db": aliases\.0 must be trimmed lowercase/,
      ],
      [{ ...valid, category: 'databases' }, /database\.json: skill "acme db": category/],
      [{ ...valid, colour: 'red' }, /database\.json: skill "acme db"/],
      [{ ...valid, id: undefined }, /database\.json: skill "#0": id/],
      [
        { ...valid, category: 'testing' },
        /database\.json: skill "acme db": category testing does not belong/,
      ],
    ];
    for (const [entry, message] of badEntries) {
      expect(() => parseTaxonomyFile('database.json', 'database', [entry])).toThrow(message);
    }
    expect(() => parseTaxonomyFile('database.json', 'database', { skills: [] })).toThrow(SkillTaxonomyError);
  });

  it('rejects duplicate ids and references to unknown skills', () => {
    const skill = (id: string, prerequisites: string[] = []): SkillDefinition => ({
      ...valid,
      id,
      category: 'database',
      prerequisites,
      ambiguous: false,
      notInText: [],
      textForms: [],
    });
    expect(() => indexSkills([skill('a'), skill('a')])).toThrow('skill "a" is defined twice');
    expect(() => indexSkills([skill('a', ['b'])])).toThrow('skill "a" refers to unknown skill "b"');
    expect(indexSkills([skill('a'), skill('b', ['a'])]).size).toBe(2);
  });
});
