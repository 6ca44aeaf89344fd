export { createDemoCompanies, type DemoCompany } from './demo-companies.js';
export {
  createDemoJobSource,
  type DemoJobSource,
  type DemoJobSourceOptions,
  generateDemoJobs,
} from './demo-job-source.js';
export { DEMO_COUNTRIES, type DemoCity, type DemoCountry } from './demo-locations.js';
export { DEMO_ROLES, type DemoRoleProfile, type DemoTitleVariant } from './demo-roles.js';
export { TECHNOLOGY_DISPLAY_NAMES, technologyDisplayName } from './demo-technologies.js';
export { DEFAULT_PAGE_SIZE, type JobCorpus, pageStart, searchJobCorpus } from './job-corpus-search.js';
export { BLURRED_TEXT, blurCompanyData } from './preview-mode.js';
export { createStaticJobCorpus } from './static-job-corpus.js';
