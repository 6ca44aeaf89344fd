import { type Clock, trailingWindows } from '../clock/index.js';
import {
  analyzeSkillGap,
  type GapUser,
  NoRoleDataError,
  type SkillGapResult,
  standInRoles,
} from '../gap/index.js';
import { normalizeRole } from '../roles/index.js';

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

export interface BasisRequest {
  role: string | null;
  includeGapAnalysis: boolean;
  days: number;
  threshold: number;
}

async function gapOrNull(
  user: GapUser,
  role: string,
  request: BasisRequest,
  clock: Clock,
): Promise<SkillGapResult | null> {
  try {
    // The roadmap may be asked for any role, not only the profile's targets.
    return await analyzeSkillGap(
      { ...user, targetRoles: [...user.targetRoles, role] },
      role,
      { days: request.days, threshold: request.threshold },
      clock,
    );
  } catch (error) {
    if (error instanceof NoRoleDataError) return null;
    throw error;
  }
}

/**
 * The one gap computation a roadmap uses: analyzeSkillGap with the roadmap's own days and
 * threshold, for the requested role or, without its postings, for the closest role with some.
 */
export async function roadmapBasis(
  user: GapUser,
  request: BasisRequest,
  clock: Clock,
): Promise<RoadmapBasis> {
  const { role } = request;
  if (role === null) return { kind: 'profile', role };
  const own = await gapOrNull(user, role, request, clock);
  if (own) return { kind: request.includeGapAnalysis ? 'gap' : 'demand', role, gap: own };
  const { current } = trailingWindows(clock.now(), request.days);
  const candidates = await standInRoles(normalizeRole(role), current);
  const standIn = candidates.find(
    (candidate) => candidate.sameFamily || candidate.similarity >= MIN_STAND_IN_SIMILARITY,
  );
  if (standIn) {
    const gap = await gapOrNull(user, standIn.roleKey, request, clock);
    if (gap) return { kind: 'stand-in', role, standInRole: standIn.displayName, gap };
  }
  return { kind: 'profile', role };
}
