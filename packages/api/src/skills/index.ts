export { SkillsResolver } from './skills.resolver.js';
