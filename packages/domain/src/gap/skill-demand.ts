import { byCountThenName, type RollupTotals, round1 } from '../rollups/index.js';

export interface SkillDemand {
  skill: string;
  /** Postings asking for the skill. */
  postings: number;
  /** postings / all postings of the totals, 0–1 (unrounded, for bands). */
  fraction: number;
  /** The same as a percentage, 1 decimal: what every answer shows. */
  share: number;
}

/**
 * The skills at least `threshold` of the postings ask for, most asked first (ties by
 * name). The one rule behind the gap analysis and role profiles, so both show the same
 * share for the same role, window and threshold.
 */
export function skillsAboveThreshold(totals: RollupTotals, threshold: number): SkillDemand[] {
  if (totals.postings === 0) return [];
  return byCountThenName(totals.skills)
    .map(([skill, postings]) => ({ skill, postings, fraction: postings / totals.postings }))
    .filter(({ fraction }) => fraction >= threshold)
    .map((demand) => ({ ...demand, share: round1(demand.fraction * 100) }));
}
