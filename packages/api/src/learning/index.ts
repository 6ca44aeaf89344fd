export { LearningResourceType } from './learning.graphql-types.js';
export { LearningResolver } from './learning.resolver.js';
