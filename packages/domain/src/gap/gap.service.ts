import { trailingWindows } from '../clock/index.js';
import { normalizeRole } from '../roles/index.js';
import { ANY, type RollupReadDependencies, type RollupTotals } from '../rollups/index.js';
import { round1 } from '../shared/index.js';
import { normalizeSkills, skillCategory, skillDisplayName } from '../skills/index.js';
import { alsoAskedWith, skillsAskedWithMissing } from './co-occurrence.js';
import { NoRoleDataError, RoleNotTargetedError } from './gap.errors.js';
import type { GapUser, RequiredSkill, SkillGapOptions, SkillGapResult } from './gap.types.js';
import { alternativesTo, noDataSuggestions } from './role-alternatives.js';
import { skillsAboveThreshold } from './skill-demand.js';

export const ESSENTIAL_SHARE = 0.5;
/** Below this many postings shares swing wildly; the result says so. */
export const MIN_RELIABLE_SAMPLE = 10;

function assertTargeted(user: GapUser, roleKey: string): void {
  if (!user.targetRoles.some((targetRole) => normalizeRole(targetRole) === roleKey)) {
    throw new RoleNotTargetedError(user.targetRoles);
  }
}

function resultMessage(postings: number, required: number, threshold: number): string | null {
  if (required === 0) {
    return `${postings} postings were analysed, but no skill appears in at least ${round1(threshold * 100)}% of them; lower the threshold to see more.`;
  }
  if (postings < MIN_RELIABLE_SAMPLE) {
    return `Only ${postings} postings were found for this role in the window: treat the shares as indicative, or widen the window.`;
  }
  return null;
}

type GapFindings = Omit<
  SkillGapResult,
  'role' | 'roleKey' | 'windowDays' | 'threshold' | 'totalPostingsAnalyzed' | 'generatedAt'
>;

/** Everything the answer derives from the window's totals and the user's skills. */
function gapFindings(totals: RollupTotals, threshold: number, owned: ReadonlySet<string>): GapFindings {
  const requiredSkills: RequiredSkill[] = skillsAboveThreshold(totals, threshold).map(
    ({ skill, postings, fraction, share }) => ({
      skill,
      displayName: skillDisplayName(skill),
      category: skillCategory(skill),
      requiredPercentage: share,
      postings,
      userHas: owned.has(skill),
      band: fraction >= ESSENTIAL_SHARE ? 'essential' : 'important',
    }),
  );
  const missingSkills = requiredSkills.filter((skill) => !skill.userHas).map((skill) => skill.skill);
  const skillMatchCount = requiredSkills.length - missingSkills.length;
  return {
    requiredSkills,
    missingSkills,
    coveragePercentage:
      requiredSkills.length === 0 ? 0 : round1((skillMatchCount / requiredSkills.length) * 100),
    skillMatchCount,
    totalRequiredSkills: requiredSkills.length,
    skillsAskedWithMissing: skillsAskedWithMissing(totals, missingSkills, owned),
    alsoAskedWith: alsoAskedWith(totals, new Set(missingSkills), owned),
    message: resultMessage(totals.postings, requiredSkills.length, threshold),
    dataSources: [...totals.sources.keys()].sort(),
  };
}

/** The skill gap between a user and the postings for one of their target roles. */
export class SkillGapService {
  constructor(private readonly reads: RollupReadDependencies) {}

  /**
   * Which skills the postings for a role ask for, in the window, and which of
   * them the user lacks. User skills and posting skills both go through
   * normalizeSkill, so "AWS" meets "amazon-web-services".
   */
  async analyze(user: GapUser, role: string, options: SkillGapOptions = {}): Promise<SkillGapResult> {
    const { clock, windowTotals } = this.reads;
    const days = options.days ?? 30;
    const threshold = options.threshold ?? 0.25;
    const roleKey = normalizeRole(role);
    assertTargeted(user, roleKey);
    const now = clock.now();
    const { current } = trailingWindows(now, days);
    const totals = await windowTotals.of({ role: roleKey, country: ANY, remote: ANY }, current, 'gap', {
      fresh: options.fresh ?? false,
    });
    if (totals.postings === 0) {
      throw new NoRoleDataError(
        noDataSuggestions(days),
        await alternativesTo(windowTotals, roleKey, current),
      );
    }
    const owned = [...new Set(normalizeSkills(user.skills))].sort();
    const findings = windowTotals.derived(
      [totals],
      `gap\u0000${threshold}\u0000${owned.join('\u0001')}`,
      () => gapFindings(totals, threshold, new Set(owned)),
    );
    return {
      role: role.trim(),
      roleKey,
      windowDays: days,
      threshold,
      totalPostingsAnalyzed: totals.postings,
      ...findings,
      generatedAt: now,
    };
  }
}
