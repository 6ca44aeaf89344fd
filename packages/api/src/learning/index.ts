export { LearningResolver } from './learning.resolver.js';
