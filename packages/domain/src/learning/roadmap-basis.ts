import { trailingWindows } from '../clock/index.js';
import {
  type GapUser,
  NoRoleDataError,
  type SkillGapResult,
  type SkillGapService,
  standInRoles,
} from '../gap/index.js';
import { normalizeRole } from '../roles/index.js';
import type { RollupReadDependencies } from '../rollups/index.js';

/** A role outside the family stands in only when at least this alike (0–1, see roleSimilarity). */
export const MIN_STAND_IN_SIMILARITY = 0.5;

/** What a roadmap is built from. */
export type RoadmapBasis =
  /** The requested role's gap analysis: coverage and missing skills are the gap's. */
  | { kind: 'gap'; role: string; gap: SkillGapResult }
  /** The requested role's postings without a gap analysis (includeGapAnalysis: false). */
  | { kind: 'demand'; role: string; gap: SkillGapResult }
  /** The requested role has no postings: the closest role with postings (its family first). */
  | { kind: 'stand-in'; role: string; standInRole: string; gap: SkillGapResult }
  /** No role, or no role with postings close enough: the profile alone. */
  | { kind: 'profile'; role: string | null };

/** A roadmap reads the gap analysis and, for a role without postings, the stand-in roles. */
export interface RoadmapDependencies extends RollupReadDependencies {
  gap: SkillGapService;
}

export interface BasisRequest {
  role: string | null;
  includeGapAnalysis: boolean;
  days: number;
  threshold: number;
}

async function gapOrNull(
  gap: SkillGapService,
  user: GapUser,
  role: string,
  request: BasisRequest,
): Promise<SkillGapResult | null> {
  try {
    // The roadmap may be asked for any role, not only the profile's targets.
    return await gap.analyze({ ...user, targetRoles: [...user.targetRoles, role] }, role, {
      days: request.days,
      threshold: request.threshold,
    });
  } catch (error) {
    if (error instanceof NoRoleDataError) return null;
    throw error;
  }
}

/**
 * The one gap computation a roadmap uses: the gap analysis with the roadmap's own days and
 * threshold, for the requested role or, without its postings, for the closest role with some.
 */
export async function roadmapBasis(
  { clock, windowTotals, gap }: RoadmapDependencies,
  user: GapUser,
  request: BasisRequest,
): Promise<RoadmapBasis> {
  const { role } = request;
  if (role === null) return { kind: 'profile', role };
  const own = await gapOrNull(gap, user, role, request);
  if (own) return { kind: request.includeGapAnalysis ? 'gap' : 'demand', role, gap: own };
  const { current } = trailingWindows(clock.now(), request.days);
  const candidates = await standInRoles(windowTotals, normalizeRole(role), current);
  const standIn = candidates.find(
    (candidate) => candidate.sameFamily || candidate.similarity >= MIN_STAND_IN_SIMILARITY,
  );
  if (standIn) {
    const standInGap = await gapOrNull(gap, user, standIn.roleKey, request);
    if (standInGap) return { kind: 'stand-in', role, standInRole: standIn.displayName, gap: standInGap };
  }
  return { kind: 'profile', role };
}
