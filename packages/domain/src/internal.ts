/**
 * Everything the domain's feature indexes export, for tests, the testkit and benchmarks that
 * set up or inspect state (ingest postings, read runs, build a job source ...). Production code
 * of the API and the worker uses the public entry (index.ts); tests/architecture fails when it
 * imports this one.
 */
import 'reflect-metadata';

export * from './accounts/index.js';
export * from './catalogs/index.js';
export * from './clock/index.js';
export * from './collection/index.js';
export * from './composition/index.js';
export * from './config/index.js';
export * from './database/index.js';
export * from './demo/index.js';
export * from './errors/index.js';
export * from './gap/index.js';
export * from './ingestion/index.js';
export * from './learning/index.js';
export * from './lifecycle/index.js';
export * from './locations/index.js';
export * from './logging/index.js';
export * from './mail/index.js';
export * from './market/index.js';
export * from './metrics/index.js';
export * from './postings/index.js';
export * from './projects/index.js';
export * from './queues/index.js';
export * from './role-profiles/index.js';
export * from './roles/index.js';
export * from './rollups/index.js';
export * from './skill-profiles/index.js';
export * from './skills/index.js';
export * from './theirstack/index.js';
export * from './throttling/index.js';
export * from './users/index.js';
