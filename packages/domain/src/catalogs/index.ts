export { CatalogError } from './catalog-error.js';
export { RESOURCE_TYPES, type ResourceType } from './learning-resource.schema.js';
export {
  firstOfEachUrl,
  type LearningResource,
  type LearningResourceCatalog,
  loadLearningResourceCatalog,
} from './learning-resource-catalog.js';
export { loadProjectCatalog, type ProjectCatalog, type ProjectIdea } from './project-catalog.js';
export { DIFFICULTIES, type Difficulty } from './project-idea.schema.js';
