import type { LearningResourceCatalog } from '../catalogs/index.js';
import type { SkillGapResult } from '../gap/index.js';
import { compareText } from '../shared/index.js';
import { prerequisiteOrder, skillCategory, skillDisplayName, skillInfo } from '../skills/index.js';
import { estimatedHoursForSkill } from './learning-resources.service.js';
import type { SkillPath } from './learning-roadmap.types.js';

/** Where a profile has nothing else to build on. */
const FOUNDATION_SKILLS = ['git', 'sql', 'data structures', 'algorithms', 'system design'];
const FOUNDATION_PRIORITY = 50;
const RELATED_PRIORITY = 40;
const OWNED_PRIORITY = 25;
const MAX_PROFILE_SUGGESTIONS = 8;
export const NO_RESOURCES_YET = 'No resources yet.';

/** What the learner knows: every skill of theirs, and among them those they marked DONE. */
export interface LearnerFooting {
  owned: ReadonlySet<string>;
  learned: ReadonlySet<string>;
}

export interface PlannedPaths {
  /** In study order: missing before owned, by priority, prerequisites before what needs them. */
  paths: SkillPath[];
  /** Skills on the path only because a missing skill needs them first. */
  prerequisitesAdded: number;
}

function pathFor(
  catalog: LearningResourceCatalog,
  skill: string,
  isMissing: boolean,
  priorityScore: number,
  reason: string,
): SkillPath {
  const estimatedHours = estimatedHoursForSkill(catalog, skill);
  return {
    skill,
    displayName: skillDisplayName(skill),
    category: skillCategory(skill),
    resources: catalog.resourcesFor(skill),
    isMissing,
    priorityScore,
    estimatedHours,
    prerequisites: skillInfo(skill)?.prerequisites ?? [],
    reason: estimatedHours === null ? `${reason} ${NO_RESOURCES_YET}` : reason,
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

/**
 * Adds the missing prerequisites of missing skills, so a path never starts above the learner's
 * footing. A prerequisite the learner marked DONE stays on the path, shown as known, so their
 * progress remains visible rather than the skill dropping off once learned.
 */
function withMissingPrerequisites(
  catalog: LearningResourceCatalog,
  paths: SkillPath[],
  footing: LearnerFooting,
): PlannedPaths {
  const listed = new Map(paths.map((path) => [path.skill, path]));
  const queue = paths.filter((path) => path.isMissing);
  let prerequisitesAdded = 0;
  while (queue.length > 0) {
    const path = queue.shift() as SkillPath;
    for (const prerequisite of path.prerequisites) {
      if (listed.has(prerequisite)) continue;
      if (footing.learned.has(prerequisite)) {
        listed.set(
          prerequisite,
          pathFor(
            catalog,
            prerequisite,
            false,
            path.priorityScore,
            `Needed before ${path.displayName}; you learned it.`,
          ),
        );
        continue;
      }
      if (footing.owned.has(prerequisite)) continue;
      const added = pathFor(
        catalog,
        prerequisite,
        true,
        path.priorityScore,
        `Needed before ${path.displayName}.`,
      );
      listed.set(prerequisite, added);
      queue.push(added);
      prerequisitesAdded++;
    }
  }
  return { paths: ordered([...listed.values()]), prerequisitesAdded };
}

/** Every skill the gap found required, missing ones by demand, plus their missing prerequisites. */
export function demandPaths(
  catalog: LearningResourceCatalog,
  gap: SkillGapResult,
  basedOnRole: string,
  footing: LearnerFooting,
): PlannedPaths {
  const paths = gap.requiredSkills.map((required) =>
    pathFor(
      catalog,
      required.skill,
      !required.userHas,
      required.requiredPercentage,
      `Asked for in ${required.requiredPercentage}% of ${basedOnRole} postings.`,
    ),
  );
  return withMissingPrerequisites(catalog, paths, footing);
}

/** Without demand data: deepen what the profile has (related skills), on top of shared foundations. */
export function profilePaths(catalog: LearningResourceCatalog, footing: LearnerFooting): PlannedPaths {
  const owned = [...footing.owned];
  const ownedSet = footing.owned;
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
  return withMissingPrerequisites(catalog, [...paths.values()], footing);
}
