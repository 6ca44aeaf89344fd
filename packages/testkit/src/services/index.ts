export {
  databaseClient,
  storedCollection,
  storedId,
  type TestDatabase,
  type TestRedis,
  testDatabaseUri,
  uniqueName,
  useTestDatabase,
  useTestRedis,
} from './test-services.js';
