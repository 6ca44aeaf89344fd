export * from './catalogs/index.js';
export * from './graphql/index.js';
export * from './logs/index.js';
export * from './metrics/index.js';
export * from './postings/index.js';
export * from './services/index.js';
export * from './skills/index.js';
export * from './theirstack/index.js';
