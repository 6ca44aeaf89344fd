export { itMaps } from './it-maps.js';
