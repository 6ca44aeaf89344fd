export { mappedPosting } from './posting-fixtures.js';
