import { confirmedMentions } from './disambiguation.js';
import { findMentions, type Mention } from './phrase-matching.js';
import { skillMatcher } from './surface-forms.js';
import { toPlainText } from './text-preparation.js';
import { tokenize } from './tokens.js';

export interface ExtractedSkill {
  /** Canonical skill id. */
  skill: string;
  /** Non-overlapping mentions of the skill in the text. */
  count: number;
}

/**
 * Finds the skills mentioned in free text (job descriptions, resumes; HTML and markdown
 * tolerated). Phrases are matched on token boundaries, longest first, so "React Native"
 * is never also "React". Skills whose names are everyday English words ("Go", "Swift",
 * "Excel") count only where the surrounding text shows they mean the technology. The
 * taxonomy decides which spellings are matched: its ids, names and aliases, plus each
 * skill's `textForms` ("led a team"), minus its `notInText` spellings ("TS", "frontend"),
 * which only serve as technical context for their neighbours.
 */
export function extractSkills(text: string): ExtractedSkill[] {
  const plainText = toPlainText(text);
  const tokens = tokenize(plainText);
  const mentions = findMentions(tokens, skillMatcher());
  const skillMentions = confirmedMentions(plainText, tokens, mentions).filter(
    ({ form }) => !form.contextOnly,
  );
  return countBySkill(skillMentions);
}

function countBySkill(mentions: readonly Mention[]): ExtractedSkill[] {
  const counts = new Map<string, number>();
  for (const { form } of mentions) counts.set(form.skill, (counts.get(form.skill) ?? 0) + 1);
  return [...counts]
    .map(([skill, count]) => ({ skill, count }))
    .sort((a, b) => b.count - a.count || compareIds(a.skill, b.skill));
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
