export {
  type SkillDirectoryOptions,
  type SkillProfileDependencies,
  skillDirectory,
  skillProfile,
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
