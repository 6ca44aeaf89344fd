export {
  databaseClient,
  storedCollection,
  type TestDatabase,
  type TestRedis,
  testDatabaseUri,
  uniqueName,
  useTestDatabase,
  useTestRedis,
} from './test-services.js';
