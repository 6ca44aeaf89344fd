import { extractSkills } from '@career-navigator/domain/internal';
import { expect, it } from 'vitest';

/** The ids of the skills extractSkills finds in a text, sorted: what a reader of the text would list. */
export function skillsIn(text: string): string[] {
  return extractSkills(text)
    .map((found) => found.skill)
    .sort();
}

/** A test per text of `cases`: among the skills found in it is the skill it maps to. */
export function itFindsSkill(cases: Readonly<Record<string, string>>): void {
  for (const [text, skill] of Object.entries(cases)) {
    it(`finds ${skill} in "${text}"`, () => {
      expect(skillsIn(text)).toContain(skill);
    });
  }
}
