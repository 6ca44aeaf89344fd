export {
  bulkWriteInChunks,
  chunksOf,
  insertManyInChunks,
  insertManyReportingDuplicates,
} from './bounded-writes.js';
export { connectDatabase, disconnectDatabase } from './connection.js';
export { isDuplicateKeyError } from './duplicate-key.js';
export { type KeySetRead, readByKeys } from './key-set-reads.js';
export * from './model-fields.js';
export { acquireLock, type HeldLock, LockTimeoutError, withLock } from './mongo-lock.js';
export { databaseAnswersReads, PROBE_TIMEOUT_MS } from './readiness.repository.js';
export { readsKeySetsByIndex } from './store-capabilities.js';
