import { normalizeSkill } from './skill-normalizer.js';
import { allSkills, findSkill, type SkillCategory } from './skill-taxonomy.js';

export interface SkillInfo {
  id: string;
  name: string;
  category: SkillCategory;
  prerequisites: string[];
  related: string[];
}

/** What the taxonomy knows about a skill given in any spelling; undefined when unknown. */
export function skillInfo(idOrAlias: string): SkillInfo | undefined {
  const skill = findSkill(normalizeSkill(idOrAlias));
  if (skill === undefined) return undefined;
  return {
    id: skill.id,
    name: skill.name,
    category: skill.category,
    prerequisites: [...skill.prerequisites],
    related: [...skill.related],
  };
}

/** "React" for "reactjs"; an unknown skill is title-cased ("some new tool" → "Some New Tool"). */
export function skillDisplayName(idOrAlias: string): string {
  const id = normalizeSkill(idOrAlias);
  return findSkill(id)?.name ?? titleCase(id);
}

export function skillCategory(idOrAlias: string): SkillCategory | 'other' {
  return findSkill(normalizeSkill(idOrAlias))?.category ?? 'other';
}

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * Reorders skills so that each comes after every skill in the list that it needs,
 * directly or through skills not in the list ("javascript" before "next.js", which needs
 * "react", which needs "javascript"). Otherwise the input order is kept: the list is
 * walked in order and each skill is preceded by its not-yet-placed prerequisites, so a
 * high-priority skill's learning path is not pushed behind unrelated skills. The result
 * is a permutation of the input.
 */
export function prerequisiteOrder(ids: string[]): string[] {
  const canonicalIds = ids.map(normalizeSkill);
  const ancestors = new AncestorIndex();
  const placed = new Set<number>();
  const ordered: string[] = [];

  const place = (index: number): void => {
    if (placed.has(index)) return;
    placed.add(index);
    const needed = ancestors.of(canonicalIds[index] as string);
    for (const [candidateIndex, candidate] of canonicalIds.entries()) {
      if (candidateIndex !== index && needed.has(candidate)) place(candidateIndex);
    }
    ordered.push(ids[index] as string);
  };

  for (const index of ids.keys()) place(index);
  return ordered;
}

/** Transitive prerequisites per skill id, computed on demand. */
class AncestorIndex {
  private readonly cache = new Map<string, ReadonlySet<string>>();

  of(id: string): ReadonlySet<string> {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    // Marked before recursing so that bad data with a cycle cannot recurse forever.
    const ancestors = new Set<string>();
    this.cache.set(id, ancestors);
    for (const prerequisite of findSkill(id)?.prerequisites ?? []) {
      ancestors.add(prerequisite);
      for (const ancestor of this.of(prerequisite)) ancestors.add(ancestor);
    }
    return ancestors;
  }
}

const DEPENDENTS: ReadonlyMap<string, readonly string[]> = (() => {
  const dependents = new Map<string, string[]>();
  for (const skill of allSkills()) {
    for (const prerequisite of skill.prerequisites) {
      dependents.set(prerequisite, [...(dependents.get(prerequisite) ?? []), skill.id]);
    }
  }
  return dependents;
})();

/** Ids of the skills that list this one (canonical id) as a direct prerequisite, in taxonomy order. */
export function skillsRequiring(id: string): readonly string[] {
  return DEPENDENTS.get(id) ?? [];
}
