export { RoleProfilePage } from './RoleProfilePage.js';
