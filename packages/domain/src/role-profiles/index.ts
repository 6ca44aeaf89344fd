export { IMPORTANT_SHARE, RoleProfileService } from './role-profile.service.js';
export type {
  RoleProfile,
  RoleProfileOptions,
  RoleProfileSkill,
  RoleSkillBand,
  RoleSkillMatch,
} from './role-profile.types.js';
export { MIN_ROLE_SEARCH_SIMILARITY, type RoleWithPostings, searchRoles } from './role-search.js';
