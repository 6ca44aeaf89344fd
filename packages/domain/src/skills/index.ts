export {
  DEFAULT_EXTRACTION_LIMIT,
  extractSkills,
  extractSkillsFromText,
  findSkills,
  MAX_EVIDENCE,
  MAX_EXTRACTION_LIMIT,
  MAX_EXTRACTION_TEXT_LENGTH,
} from './extraction/index.js';
export {
  prerequisiteOrder,
  skillCategory,
  skillDisplayName,
  skillInfo,
  skillsRequiring,
} from './skill-info.js';
export {
  normalizeSkill,
  normalizeSkills,
  SkillNormalizer,
  type SkillNormalizerOptions,
} from './skill-normalizer.js';
export {
  type SkillMatchKind,
  type SkillSearchHit,
  searchSkills,
  similarlySpeltSkills,
} from './skill-search.js';
export {
  allSkills,
  findSkill,
  SKILL_CATEGORIES,
  type SkillCategory,
  type SkillDefinition,
} from './skill-taxonomy.js';
export { matchesSkillSearch, skillSearch } from './skill-text-search.js';
