import { randomBytes } from 'node:crypto';
import { ensureIndexes } from '@career-navigator/domain';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, inject } from 'vitest';

/** A database name of its own for each test file, so files run in parallel without sharing data. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export function testDatabaseUri(databaseName: string): string {
  const url = new URL(inject('mongodbUri'));
  url.pathname = `/${databaseName}`;
  return url.toString();
}

export interface TestDatabase {
  readonly uri: string;
  readonly name: string;
}

/**
 * Connects mongoose to a fresh database for the calling test file, creates the
 * indexes, and drops the database after the file's tests.
 */
export function useTestDatabase(): TestDatabase {
  const name = uniqueName('test');
  const uri = testDatabaseUri(name);
  beforeAll(async () => {
    await mongoose.connect(uri, { autoIndex: false, serverSelectionTimeoutMS: 10_000 });
    await ensureIndexes();
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  });
  return { uri, name };
}

/**
 * The driver's collection itself: tests plant documents the services would
 * refuse and inspect what was stored, without a repository in between.
 */
export function storedCollection(name: string) {
  return mongoose.connection.collection(name);
}

/** The stored `_id` of a document whose id the services report as a hex string. */
export function storedId(hex: string) {
  return new mongoose.Types.ObjectId(hex);
}

/** The connected driver client, for benchmarks that count or time database commands. */
export function databaseClient() {
  return mongoose.connection.getClient();
}

export interface TestRedis {
  readonly url: string;
  /** A key prefix (and BullMQ prefix) that no other test file uses. */
  readonly prefix: string;
}

export function useTestRedis(): TestRedis {
  return { url: inject('redisUrl'), prefix: uniqueName('test') };
}

/** useTestRedis with a client of the file's own, connected before its tests and closed after them. */
export function useTestRedisClient(): TestRedis & { readonly client: Redis } {
  const testRedis = useTestRedis();
  let client: Redis | undefined;
  beforeAll(() => {
    client = new Redis(testRedis.url);
  });
  afterAll(async () => {
    await client?.quit();
  });
  return {
    ...testRedis,
    get client() {
      if (!client)
        throw new Error('the test Redis client connects in beforeAll: use it inside a test or hook');
      return client;
    },
  };
}
