export {
  type SkillDirectoryOptions,
  type SkillProfileCatalogs,
  SkillProfileService,
  UnknownSkillError,
} from './skill-profile.service.js';
export type {
  RoleDemandForSkill,
  SkillPartner,
  SkillProfile,
  SkillProfileOptions,
  SkillReference,
  SkillSuggestion,
} from './skill-profile.types.js';
