export { collectPopularRolesIfEmpty } from './initial-collection.js';
