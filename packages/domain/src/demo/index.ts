export { createDemoJobSource, type DemoJobSourceOptions, generateDemoJobs } from './demo-job-source.js';
export { DEMO_ROLES } from './demo-roles.js';
export { type JobCorpus, searchJobCorpus } from './job-corpus-search.js';
export { createStaticJobCorpus } from './static-job-corpus.js';
