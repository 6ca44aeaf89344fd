export { type ExtractedSkill, extractSkills } from './extract-skills.js';
