export {
  allProjects,
  parseDifficulty,
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
