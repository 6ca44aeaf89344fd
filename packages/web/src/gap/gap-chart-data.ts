import type { SkillGapAnalysisQuery } from '@career-navigator/client';
import { type BarDatum } from '../charts/index.js';
import { formatShare } from '../ui/index.js';

type RequiredSkill = SkillGapAnalysisQuery['skillGapAnalysis']['requiredSkills'][number];
type Band = RequiredSkill['band'];

/** The share at which a skill becomes ESSENTIAL (asked for by at least half of the postings). */
export const ESSENTIAL_SHARE = 50;

/** One bar per required skill, most asked-for first; the tone says whether you have it. */
export function gapChartData(required: readonly RequiredSkill[]): BarDatum[] {
  return [...required]
    .sort((a, b) => b.requiredPercentage - a.requiredPercentage || a.displayName.localeCompare(b.displayName))
    .map((skill) => ({
      key: skill.skill,
      label: skill.displayName,
      value: skill.requiredPercentage,
      tone: skill.userHas ? 'have' : 'missing',
      valueText: `${formatShare(skill.requiredPercentage)}${skill.userHas ? ' ✓' : ''}`,
    }));
}

export interface BandSummary {
  band: Band;
  have: number;
  total: number;
  missing: string[];
}

/** Per band, how many of its skills you have and which you lack (in demand order). */
export function bandSummaries(required: readonly RequiredSkill[]): BandSummary[] {
  const bands: Band[] = ['ESSENTIAL', 'IMPORTANT'];
  return bands
    .map((band) => {
      const skills = required
        .filter((skill) => skill.band === band)
        .sort((a, b) => b.requiredPercentage - a.requiredPercentage);
      return {
        band,
        have: skills.filter((skill) => skill.userHas).length,
        total: skills.length,
        missing: skills.filter((skill) => !skill.userHas).map((skill) => skill.displayName),
      };
    })
    .filter((summary) => summary.total > 0);
}
