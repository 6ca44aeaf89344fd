export { ensureIndexes } from './ensure-indexes.js';
