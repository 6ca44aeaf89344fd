export { processCollectionJob } from './collection.processor.js';
