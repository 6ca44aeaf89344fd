export { validationFieldOf } from './validation-field.js';
