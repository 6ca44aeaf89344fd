import { type RollupTotals, rankedTotals } from '../rollups/index.js';
import { round1 } from '../shared/index.js';

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
  let byThreshold = demandOfTotals.get(totals);
  if (!byThreshold) {
    byThreshold = new Map();
    demandOfTotals.set(totals, byThreshold);
  }
  let demand = byThreshold.get(threshold);
  if (!demand) {
    demand = rankDemand(totals, threshold);
    // Clients choose thresholds freely; a few rankings per totals cover real use.
    if (byThreshold.size < MAX_RANKINGS_PER_TOTALS) byThreshold.set(threshold, demand);
  }
  return demand;
}

/**
 * Window totals are shared and never changed, so each ranking is computed once per
 * totals and threshold; callers get a shared list and must not change it.
 */
const MAX_RANKINGS_PER_TOTALS = 8;
const demandOfTotals = new WeakMap<RollupTotals, Map<number, SkillDemand[]>>();

function rankDemand(totals: RollupTotals, threshold: number): SkillDemand[] {
  if (totals.postings === 0) return [];
  return rankedTotals(totals.skills)
    .map(([skill, postings]) => ({ skill, postings, fraction: postings / totals.postings }))
    .filter(({ fraction }) => fraction >= threshold)
    .map((demand) => ({ ...demand, share: round1(demand.fraction * 100) }));
}
