export { ProjectsResolver } from './projects.resolver.js';
