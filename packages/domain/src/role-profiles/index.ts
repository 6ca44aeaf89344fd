export { RoleProfileService } from './role-profile.service.js';
export type { RoleProfile, RoleProfileOptions, RoleSkillBand } from './role-profile.types.js';
export type { RoleWithPostings } from './role-search.js';
