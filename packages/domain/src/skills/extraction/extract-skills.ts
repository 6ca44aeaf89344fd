import { skillCategory, skillDisplayName } from '../skill-info.js';
import type { SkillCategory } from '../skill-taxonomy.js';
import { colleagueMentions } from './colleague-mentions.js';
import { type ConfirmedMention, confirmedMentions } from './disambiguation.js';
import { findMentions } from './phrase-matching.js';
import { mentionConfidence, skillConfidence } from './skill-confidence.js';
import { skillMatcher } from './surface-forms.js';
import { toPlainText } from './text-preparation.js';
import { type Token, tokenize } from './tokens.js';
import type { TracedText } from './traced-text.js';

export interface ExtractedSkill {
  /** Canonical skill id. */
  skill: string;
  /** Non-overlapping mentions of the skill in the text. */
  count: number;
}

/** Where a skill was found, in the text as given (UTF-16 offsets, `end` exclusive). */
export interface SkillEvidence {
  start: number;
  end: number;
  text: string;
}

export interface SkillFinding extends ExtractedSkill {
  displayName: string;
  category: SkillCategory | 'other';
  /** How likely the skill is meant, in [0, 1]; see skill-confidence.ts for the scale. */
  confidence: number;
  /** The first mentions, at most MAX_EVIDENCE of them. */
  evidence: SkillEvidence[];
}

export const MAX_EVIDENCE = 3;

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
  return findSkills(text).map(({ skill, count }) => ({ skill, count }));
}

/**
 * The skills of a text with what supports each: how sure the reading is and where the
 * first mentions are, for a reader to check them. Most frequent first.
 */
export function findSkills(text: string): SkillFinding[] {
  const plainText = toPlainText(text);
  const tokens = tokenize(plainText.text);
  const mentions = confirmedMentions(plainText.text, tokens, findMentions(tokens, skillMatcher()));
  const ofColleagues = colleagueMentions(tokens, mentions);
  const bySkill = new Map<string, ConfirmedMention[]>();
  for (const mention of mentions) {
    if (mention.form.contextOnly) continue;
    const sameSkill = bySkill.get(mention.form.skill);
    if (sameSkill) sameSkill.push(mention);
    else bySkill.set(mention.form.skill, [mention]);
  }
  return [...bySkill]
    .map(([skill, skillMentions]) => finding(skill, skillMentions, ofColleagues, tokens, plainText, text))
    .sort((a, b) => b.count - a.count || compareIds(a.skill, b.skill));
}

function finding(
  skill: string,
  mentions: readonly ConfirmedMention[],
  ofColleagues: ReadonlySet<ConfirmedMention>,
  tokens: readonly Token[],
  plainText: TracedText,
  originalText: string,
): SkillFinding {
  const category = skillCategory(skill);
  const confidences = mentions.map((mention) =>
    mentionConfidence(mention.support, lettersOf(tokens, mention), category, ofColleagues.has(mention)),
  );
  return {
    skill,
    count: mentions.length,
    displayName: skillDisplayName(skill),
    category,
    confidence: skillConfidence(confidences),
    evidence: mentions.slice(0, MAX_EVIDENCE).map((mention) => {
      const { start, end } = plainText.originOf(tokens[mention.start]!.start, tokens[mention.end - 1]!.end);
      return { start, end, text: originalText.slice(start, end) };
    }),
  };
}

function lettersOf(tokens: readonly Token[], mention: ConfirmedMention): number {
  return tokens[mention.end - 1]!.end - tokens[mention.start]!.start;
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
