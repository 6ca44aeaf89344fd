export { ProjectType } from './projects.graphql-types.js';
export { ProjectsResolver } from './projects.resolver.js';
