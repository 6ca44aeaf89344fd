import { allSkills, type SkillDefinition } from '../skill-taxonomy.js';

let builtNeighbours: ReadonlyMap<string, readonly string[]> | undefined;

/** Each skill's prerequisites and related skills, and the skills that name it as either. */
export function skillNeighbours(): ReadonlyMap<string, readonly string[]> {
  builtNeighbours ??= linkNeighbours(allSkills());
  return builtNeighbours;
}

function linkNeighbours(skills: readonly SkillDefinition[]): ReadonlyMap<string, readonly string[]> {
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string): void => {
    const linked = neighbours.get(from);
    if (linked) linked.add(to);
    else neighbours.set(from, new Set([to]));
  };
  for (const skill of skills) {
    for (const other of [...skill.prerequisites, ...skill.related]) {
      link(skill.id, other);
      link(other, skill.id);
    }
  }
  return new Map([...neighbours].map(([id, linked]) => [id, [...linked]]));
}
