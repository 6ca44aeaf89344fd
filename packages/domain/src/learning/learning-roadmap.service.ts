import type { LearningResourceCatalog } from '../catalogs/index.js';
import { type Clock, systemClock } from '../clock/index.js';
import { analyzeSkillGap, type GapUser, NoRoleDataError, type SkillGapResult } from '../gap/index.js';
import { compareText } from '../rollups/index.js';
import {
  normalizeSkills,
  prerequisiteOrder,
  skillCategory,
  skillDisplayName,
  skillInfo,
} from '../skills/index.js';
import { estimatedHoursForSkill } from './learning-resources.service.js';
import type { LearningRoadmap, LearningRoadmapOptions, SkillPath } from './learning-roadmap.types.js';

/** Roadmaps look a little further down the demand list than the gap report's default. */
const ROADMAP_THRESHOLD = 0.1;
const ROADMAP_DAYS = 30;
/** Where a profile has nothing else to build on. */
const FOUNDATION_SKILLS = ['git', 'sql', 'data structures', 'algorithms', 'system design'];
const FOUNDATION_PRIORITY = 50;
const RELATED_PRIORITY = 40;
const OWNED_PRIORITY = 25;
const MAX_PROFILE_SUGGESTIONS = 8;

function pathFor(
  catalog: LearningResourceCatalog,
  skill: string,
  isMissing: boolean,
  priorityScore: number,
  reason: string,
): SkillPath {
  return {
    skill,
    displayName: skillDisplayName(skill),
    category: skillCategory(skill),
    resources: catalog.resourcesFor(skill),
    isMissing,
    priorityScore,
    estimatedHours: estimatedHoursForSkill(catalog, skill),
    prerequisites: skillInfo(skill)?.prerequisites ?? [],
    reason,
  };
}

/** Missing before owned, then higher priority, then name; then prerequisites moved before what needs them. */
function ordered(paths: SkillPath[]): SkillPath[] {
  const sorted = [...paths].sort(
    (a, b) =>
      Number(b.isMissing) - Number(a.isMissing) ||
      b.priorityScore - a.priorityScore ||
      compareText(a.skill, b.skill),
  );
  const bySkill = new Map(sorted.map((path) => [path.skill, path]));
  return prerequisiteOrder(sorted.map((path) => path.skill)).map((skill) => bySkill.get(skill) as SkillPath);
}

/** Adds the missing prerequisites of missing skills, so a path never starts above the learner's footing. */
function withMissingPrerequisites(
  catalog: LearningResourceCatalog,
  paths: SkillPath[],
  owned: ReadonlySet<string>,
): SkillPath[] {
  const listed = new Map(paths.map((path) => [path.skill, path]));
  const queue = paths.filter((path) => path.isMissing);
  while (queue.length > 0) {
    const path = queue.shift() as SkillPath;
    for (const prerequisite of path.prerequisites) {
      if (owned.has(prerequisite) || listed.has(prerequisite)) continue;
      const added = pathFor(
        catalog,
        prerequisite,
        true,
        path.priorityScore,
        `Needed before ${path.displayName}.`,
      );
      listed.set(prerequisite, added);
      queue.push(added);
    }
  }
  return [...listed.values()];
}

function roleBasedPaths(
  catalog: LearningResourceCatalog,
  gap: SkillGapResult,
  owned: ReadonlySet<string>,
): SkillPath[] {
  const paths = gap.requiredSkills.map((required) =>
    pathFor(
      catalog,
      required.skill,
      !required.userHas,
      required.requiredPercentage,
      `Asked for in ${required.requiredPercentage}% of ${gap.role} postings.`,
    ),
  );
  return withMissingPrerequisites(catalog, paths, owned);
}

/** Without demand data: deepen what the profile has (related skills), on top of shared foundations. */
function profileBasedPaths(catalog: LearningResourceCatalog, owned: readonly string[]): SkillPath[] {
  const ownedSet = new Set(owned);
  const paths = new Map<string, SkillPath>();
  for (const skill of owned)
    paths.set(skill, pathFor(catalog, skill, false, OWNED_PRIORITY, 'Already in your profile.'));
  const related = owned
    .flatMap((skill) => (skillInfo(skill)?.related ?? []).map((next) => [next, skill] as const))
    .filter(([next]) => !ownedSet.has(next) && catalog.resourcesFor(next).length > 0);
  for (const [next, from] of related.slice(0, MAX_PROFILE_SUGGESTIONS)) {
    if (!paths.has(next)) {
      paths.set(
        next,
        pathFor(catalog, next, true, RELATED_PRIORITY, `Often used together with ${skillDisplayName(from)}.`),
      );
    }
  }
  for (const skill of FOUNDATION_SKILLS) {
    if (!paths.has(skill) && !ownedSet.has(skill)) {
      paths.set(
        skill,
        pathFor(catalog, skill, true, FOUNDATION_PRIORITY, 'A foundation most engineering roles expect.'),
      );
    }
  }
  return withMissingPrerequisites(catalog, [...paths.values()], ownedSet);
}

function roleRecommendations(gap: SkillGapResult): string[] {
  const missing = gap.requiredSkills.filter((skill) => !skill.userHas);
  const lines: string[] = [];
  if (missing.length > 0) {
    lines.push(`You are missing ${missing.length} skills that ${gap.role} postings ask for.`);
    lines.push(
      `Start with the most in-demand: ${missing
        .slice(0, 3)
        .map((skill) => skill.displayName)
        .join(', ')}.`,
    );
  }
  const coverage = gap.coveragePercentage;
  if (coverage < 50) {
    lines.push('Your coverage is below half: build the fundamentals first, then the specialised tools.');
  } else if (coverage >= 80) {
    lines.push('You cover most of what employers ask for: prove it with portfolio projects.');
  } else {
    lines.push(
      'You have a solid base: close the remaining gaps one skill at a time, with a project for each.',
    );
  }
  return lines;
}

const GENERIC_RECOMMENDATIONS = [
  'Add a target role to your profile to see what employers ask for in it.',
  'Practise each new skill in a small project before moving on.',
  'Join a community around your main technology to learn from practitioners.',
];

/**
 * A study plan: the role's demanded skills (missing first, by demand) with
 * resources and effort, prerequisites before the skills that need them; or,
 * without a role or data, a deterministic plan built from the profile.
 */
export async function learningRoadmap(
  user: GapUser,
  catalog: LearningResourceCatalog,
  options: LearningRoadmapOptions = {},
  clock: Clock = systemClock,
): Promise<LearningRoadmap> {
  const role = options.targetRole?.trim() || user.targetRoles[0] || null;
  const owned = normalizeSkills(user.skills);
  let gap: SkillGapResult | null = null;
  let noDataNote: string | null = null;
  if (role && (options.includeGapAnalysis ?? true)) {
    try {
      // The roadmap may be asked for any role, not only the profile's targets.
      gap = await analyzeSkillGap(
        { ...user, targetRoles: [...user.targetRoles, role] },
        role,
        { days: ROADMAP_DAYS, threshold: ROADMAP_THRESHOLD },
        clock,
      );
    } catch (error) {
      if (!(error instanceof NoRoleDataError)) throw error;
      noDataNote = `No recent postings for ${role} yet, so this plan is built from your profile.`;
    }
  }
  const paths = ordered(
    gap && gap.requiredSkills.length > 0
      ? roleBasedPaths(catalog, gap, new Set(owned))
      : profileBasedPaths(catalog, owned),
  );
  const missing = paths.filter((path) => path.isMissing);
  const recommendations =
    gap && gap.requiredSkills.length > 0
      ? roleRecommendations(gap)
      : [...(noDataNote ? [noDataNote] : []), ...GENERIC_RECOMMENDATIONS];
  return {
    targetRole: role,
    skillPaths: paths,
    totalSkills: paths.length,
    missingSkillsCount: missing.length,
    coveragePercentage: gap ? gap.coveragePercentage : null,
    estimatedHoursToClose: missing.reduce((sum, path) => sum + (path.estimatedHours ?? 0), 0),
    recommendations,
    dataSources: gap?.dataSources ?? [],
  };
}
