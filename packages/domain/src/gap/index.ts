export { NoRoleDataError, RoleNotTargetedError } from './gap.errors.js';
export { analyzeSkillGap, ESSENTIAL_SHARE } from './gap.service.js';
export type {
  CoOccurringSkill,
  DemandBand,
  GapUser,
  RequiredSkill,
  SkillGapOptions,
  SkillGapResult,
} from './gap.types.js';
