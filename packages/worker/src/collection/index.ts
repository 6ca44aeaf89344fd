export { type CollectionProcessorOptions, processCollectionJob } from './collection.processor.js';
export { type ChosenSearcher, chooseJobSearcher, DEMO_SEED } from './job-searcher.js';
