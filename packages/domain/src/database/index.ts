export {
  connectDatabase,
  type DatabaseConnectionOptions,
  disconnectDatabase,
  pingDatabase,
} from './connection.js';
export { isDuplicateKeyError } from './duplicate-key.js';
export { ensureIndexes } from './indexes.js';
