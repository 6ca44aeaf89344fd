export {
  allProjects,
  projectById,
  recommendProjects,
  searchProjects,
  skillBuildingProjects,
} from './projects.service.js';
export type { MatchedProject } from './projects.types.js';
