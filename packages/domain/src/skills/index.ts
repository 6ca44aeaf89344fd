export {
  DEFAULT_EXTRACTION_LIMIT,
  type ExtractedSkill,
  extractSkills,
  extractSkillsFromText,
  findSkills,
  MAX_EVIDENCE,
  MAX_EXTRACTION_LIMIT,
  MAX_EXTRACTION_TEXT_LENGTH,
  type SkillEvidence,
  type SkillExtraction,
  type SkillExtractionOptions,
  type SkillFinding,
} from './extraction/index.js';
export {
  prerequisiteOrder,
  type SkillInfo,
  skillCategory,
  skillDisplayName,
  skillInfo,
  skillsRequiring,
} from './skill-info.js';
export { normalizeSkill, normalizeSkills } from './skill-normalizer.js';
export {
  type SkillMatchKind,
  type SkillSearchHit,
  type SkillSearchOptions,
  searchSkills,
  similarlySpeltSkills,
} from './skill-search.js';
export {
  allSkills,
  findSkill,
  SKILL_CATEGORIES,
  type SkillCategory,
  type SkillDefinition,
  SkillTaxonomyError,
} from './skill-taxonomy.js';
export { matchesSkillSearch, type SkillSearch, skillSearch } from './skill-text-search.js';
