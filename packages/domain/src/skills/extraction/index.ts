export { extractSkills, findSkills, MAX_EVIDENCE } from './extract-skills.js';
export {
  DEFAULT_EXTRACTION_LIMIT,
  extractSkillsFromText,
  MAX_EXTRACTION_LIMIT,
  MAX_EXTRACTION_TEXT_LENGTH,
} from './skill-extraction-request.js';
