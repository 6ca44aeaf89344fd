export {
  type SkillDirectoryOptions,
  SkillProfileService,
  UnknownSkillError,
} from './skill-profile.service.js';
export type { SkillProfile, SkillProfileOptions, SkillSuggestion } from './skill-profile.types.js';
