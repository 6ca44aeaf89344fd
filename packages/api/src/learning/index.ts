export { LearningResourceType } from './learning.graphql-types.js';
export { LearningResolver } from './learning.resolver.js';
export { LearningProgressResolver } from './learning-progress.resolver.js';
