export {
  bulkWriteInChunks,
  type ChunkedWriteOptions,
  type ChunkedWriteSummary,
  insertManyInChunks,
  insertManyReportingDuplicates,
  MAX_WRITE_BATCH,
} from './bounded-writes.js';
export {
  connectDatabase,
  type DatabaseConnectionOptions,
  DEFAULT_SOCKET_TIMEOUT_MS,
  disconnectDatabase,
} from './connection.js';
export { isDuplicateKeyError } from './duplicate-key.js';
export { type LockOptions, LockTimeoutError, withLock } from './mongo-lock.js';
export { databaseAnswersReads, PROBE_TIMEOUT_MS } from './readiness.repository.js';
export { readsKeySetsByIndex } from './store-capabilities.js';
