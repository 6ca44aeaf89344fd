export {
  type ExtractedSkill,
  extractSkills,
  findSkills,
  MAX_EVIDENCE,
  type SkillEvidence,
  type SkillFinding,
} from './extract-skills.js';
export {
  DEFAULT_EXTRACTION_LIMIT,
  extractSkillsFromText,
  MAX_EXTRACTION_LIMIT,
  MAX_EXTRACTION_TEXT_LENGTH,
  type SkillExtraction,
  type SkillExtractionOptions,
} from './skill-extraction-request.js';
