import type { LearningResourceCatalog } from '../catalogs/index.js';
import type { GapUser } from '../gap/index.js';
import { normalizeSkills } from '../skills/index.js';
import type { LearningRoadmap, LearningRoadmapOptions } from './learning-roadmap.types.js';
import { type RoadmapDependencies, roadmapBasis } from './roadmap-basis.js';
import { roadmapGraph } from './roadmap-graph.js';
import { demandPaths, profilePaths } from './roadmap-paths.js';
import { roadmapRecommendations } from './roadmap-recommendations.js';

/** The gap analysis's defaults, so a roadmap and a gap asked with no arguments agree. */
export const ROADMAP_DEFAULT_DAYS = 30;
export const ROADMAP_DEFAULT_THRESHOLD = 0.25;

/** Study plans towards a role, resting on its gap analysis. */
export class LearningRoadmapService {
  constructor(private readonly dependencies: RoadmapDependencies) {}

  /**
   * A study plan: the role's demanded skills (missing first, by demand) with resources and
   * effort, prerequisites before the skills that need them. It rests on exactly the gap
   * analysis for the same role, days and threshold; without postings for the role, on the
   * closest role with postings; without any, on the profile.
   */
  async roadmap(
    user: GapUser,
    catalog: LearningResourceCatalog,
    options: LearningRoadmapOptions = {},
  ): Promise<LearningRoadmap> {
    const role = options.targetRole?.trim() || user.targetRoles[0] || null;
    const learned = options.progress?.learnedSkills ?? [];
    const owned = normalizeSkills([...user.skills, ...learned]);
    const footing = { owned: new Set(owned), learned: new Set(learned) };
    const basis = await roadmapBasis(
      this.dependencies,
      { ...user, skills: owned },
      {
        role,
        includeGapAnalysis: options.includeGapAnalysis ?? true,
        days: options.days ?? ROADMAP_DEFAULT_DAYS,
        threshold: options.threshold ?? ROADMAP_DEFAULT_THRESHOLD,
      },
    );
    const basedOnRole =
      basis.kind === 'profile' ? null : basis.kind === 'stand-in' ? basis.standInRole : basis.role;
    const { paths, prerequisitesAdded } =
      basis.kind === 'profile'
        ? profilePaths(catalog, footing)
        : demandPaths(catalog, basis.gap, basedOnRole ?? '', footing);
    const missingPaths = paths.filter((path) => path.isMissing);
    const figures = {
      missingSkillsCount:
        basis.kind === 'profile' ? missingPaths.length - prerequisitesAdded : basis.gap.missingSkills.length,
      prerequisitesAdded,
      coveragePercentage: basis.kind === 'gap' ? basis.gap.coveragePercentage : null,
      skillsWithoutEstimateCount: missingPaths.filter((path) => path.estimatedHours === null).length,
      firstMissing: missingPaths.map((path) => path.displayName),
    };
    return {
      targetRole: role,
      basedOnRole,
      skillPaths: paths,
      totalSkills: paths.length,
      missingSkillsCount: figures.missingSkillsCount,
      prerequisitesAdded,
      coveragePercentage: figures.coveragePercentage,
      estimatedHoursToClose: missingPaths.reduce((sum, path) => sum + (path.estimatedHours ?? 0), 0),
      skillsWithoutEstimateCount: figures.skillsWithoutEstimateCount,
      ...roadmapGraph(paths, options.progress),
      recommendations: roadmapRecommendations(basis, figures, user.targetRoles.length > 0),
      dataSources: basis.kind === 'profile' ? [] : basis.gap.dataSources,
    };
  }
}
