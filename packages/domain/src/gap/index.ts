export { MAX_ASKED_WITH, MAX_MISSING_WITH_CO_OCCURRENCE } from './co-occurrence.js';
export { NoRoleDataError, RoleNotTargetedError } from './gap.errors.js';
export { ESSENTIAL_SHARE, SkillGapService } from './gap.service.js';
export type {
  AskedWithSkill,
  CoOccurringSkill,
  DemandBand,
  GapUser,
  MissingSkillCoOccurrence,
  RequiredSkill,
  SkillGapOptions,
  SkillGapResult,
} from './gap.types.js';
export { alternativesTo, noDataSuggestions } from './role-alternatives.js';
export { type SkillDemand, skillsAboveThreshold } from './skill-demand.js';
export { type StandInRole, standInRoles } from './stand-in-roles.js';
