import { trailingWindows } from '../clock/index.js';
import {
  alternativesTo,
  ESSENTIAL_SHARE,
  NoRoleDataError,
  noDataSuggestions,
  skillsAboveThreshold,
  standInRoles,
} from '../gap/index.js';
import { MIN_SALARIED_POSTINGS_PER_SKILL, remoteDistribution, salaryPercentiles } from '../market/index.js';
import { normalizeRole, roleDisplayName } from '../roles/index.js';
import { ANY, byCountThenName, type RollupReadDependencies, type RollupTotals } from '../rollups/index.js';
import { round1 } from '../shared/index.js';
import { normalizeSkills, skillCategory, skillDisplayName } from '../skills/index.js';
import type {
  RoleProfile,
  RoleProfileOptions,
  RoleProfileSkill,
  RoleSkillBand,
  RoleSkillMatch,
} from './role-profile.types.js';
import { type RoleWithPostings, searchRoles } from './role-search.js';

export const IMPORTANT_SHARE = 0.25;
const MAX_LOCATIONS = 10;
const MAX_SIMILAR_ROLES = 5;

function bandOf(fraction: number): RoleSkillBand {
  if (fraction >= ESSENTIAL_SHARE) return 'essential';
  return fraction >= IMPORTANT_SHARE ? 'important' : 'optional';
}

function matchOf(skills: readonly RoleProfileSkill[]): RoleSkillMatch {
  const count = (band?: RoleSkillBand) => {
    const inBand = skills.filter((skill) => band === undefined || skill.band === band);
    return { have: inBand.filter((skill) => skill.userHas).length, total: inBand.length };
  };
  const essential = count('essential');
  const important = count('important');
  const all = count();
  return {
    essentialHave: essential.have,
    essentialTotal: essential.total,
    importantHave: important.have,
    importantTotal: important.total,
    have: all.have,
    total: all.total,
  };
}

/** Occupation profiles of roles, and the roles that have data. */
export class RoleProfileService {
  constructor(private readonly reads: RollupReadDependencies) {}

  /**
   * An occupation profile of any role with postings, in the manner of ESCO / O*NET: the
   * skills its postings ask for by band, what it pays, where and how remote it is. Shares
   * come from the same role rollups and rule as the gap analysis, so they agree with it.
   * `viewerSkills` (profile and learned skills) adds "you have it" and x-of-N counts.
   */
  async profile(
    role: string,
    options: RoleProfileOptions,
    viewerSkills: readonly string[] | null,
  ): Promise<RoleProfile> {
    const { clock, windowTotals } = this.reads;
    const days = options.days ?? 30;
    const threshold = options.threshold ?? 0.1;
    const roleKey = normalizeRole(role);
    const now = clock.now();
    const { current } = trailingWindows(now, days);
    const scope = { role: roleKey, country: ANY, remote: ANY };
    const [[demand, market], standIns] = await Promise.all([
      // One read per day for both readers.
      windowTotals.ofWindows(scope, [
        { window: current, reader: 'gap' },
        { window: current, reader: 'market' },
      ]) as Promise<[RollupTotals, RollupTotals]>,
      standInRoles(windowTotals, roleKey, current),
    ]);
    if (demand.postings === 0) {
      throw new NoRoleDataError(
        noDataSuggestions(days),
        await alternativesTo(windowTotals, roleKey, current),
      );
    }
    // Ranking, bands, salaries and locations depend only on the shared totals and the threshold:
    // worked out once per totals, not per request (a few ms of CPU each at 100,000 postings).
    const marketFindings = windowTotals.derived([demand, market], `role-profile\u0000${threshold}`, () => ({
      skills: skillsAboveThreshold(demand, threshold).map(({ skill, postings, fraction, share }) => ({
        skill,
        displayName: skillDisplayName(skill),
        category: skillCategory(skill),
        share,
        postings,
        band: bandOf(fraction),
      })),
      salary: salaryPercentiles(market.salaryHistogram, MIN_SALARIED_POSTINGS_PER_SKILL),
      remoteShare: round1((market.remote.yes / Math.max(1, market.postings)) * 100),
      remoteDistribution: remoteDistribution(market),
      topLocations: byCountThenName(market.locations)
        .slice(0, MAX_LOCATIONS)
        .map(([location, count]) => ({ location, count })),
    }));
    const owned = viewerSkills === null ? null : new Set(normalizeSkills(viewerSkills));
    const skills = marketFindings.skills.map(
      (skill): RoleProfileSkill => ({ ...skill, userHas: owned === null ? null : owned.has(skill.skill) }),
    );
    return {
      role: role.trim(),
      roleKey,
      displayName: roleDisplayName(roleKey),
      windowDays: days,
      threshold,
      totalPostingsAnalyzed: demand.postings,
      skills,
      salary: marketFindings.salary,
      remoteShare: marketFindings.remoteShare,
      remoteDistribution: marketFindings.remoteDistribution,
      topLocations: marketFindings.topLocations,
      similarRoles: standIns
        .slice(0, MAX_SIMILAR_ROLES)
        .map(({ roleKey: similar, displayName, postings }) => ({ role: similar, displayName, postings })),
      match: owned === null ? null : matchOf(skills),
      dataSources: [...demand.sources.keys()].sort(),
      generatedAt: now,
    };
  }

  /** Roles with postings in the last `days` days, matched to the search through the role normaliser. */
  async rolesWithData(options: {
    search?: string | null;
    days: number;
    limit: number;
  }): Promise<RoleWithPostings[]> {
    const { clock, windowTotals } = this.reads;
    const { current } = trailingWindows(clock.now(), options.days);
    return searchRoles(await windowTotals.postingsPerRole(current), options.search, options.limit);
  }
}
