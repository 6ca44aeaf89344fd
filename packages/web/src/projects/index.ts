export { ProjectsPage } from './ProjectsPage.js';
