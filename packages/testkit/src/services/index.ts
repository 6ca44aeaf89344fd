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
  useTestRedisClient,
} from './test-services.js';
