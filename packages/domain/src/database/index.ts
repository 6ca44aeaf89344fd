export {
  connectDatabase,
  type DatabaseConnectionOptions,
  disconnectDatabase,
  pingDatabase,
} from './connection.js';
export { isDuplicateKeyError } from './duplicate-key.js';
export { ensureIndexes } from './indexes.js';
export { type LockOptions, LockTimeoutError, withLock } from './mongo-lock.js';
