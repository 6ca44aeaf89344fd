export { NoRoleDataError, RoleNotTargetedError } from './gap.errors.js';
export { ESSENTIAL_SHARE, SkillGapService } from './gap.service.js';
export type { DemandBand, GapUser, SkillGapOptions, SkillGapResult } from './gap.types.js';
export { alternativesTo, noDataSuggestions } from './role-alternatives.js';
export { skillsAboveThreshold } from './skill-demand.js';
export { standInRoles } from './stand-in-roles.js';
