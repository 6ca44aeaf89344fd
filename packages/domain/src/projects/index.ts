export {
  allProjects,
  parseDifficulty,
  projectById,
  recommendProjects,
  searchProjects,
  skillBuildingProjects,
} from './projects.service.js';
export type {
  AllProjectsOptions,
  MatchedProject,
  ProjectMatch,
  ProjectPage,
  ProjectRecommendations,
  ProjectSearchResult,
  ProjectUser,
  RecommendProjectsOptions,
  SearchProjectsOptions,
  SkillBuildingOptions,
} from './projects.types.js';
