export { RolePicker, SkillPicker } from './pickers.js';
