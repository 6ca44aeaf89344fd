import type { MongoClient } from 'mongodb';
import mongoose from 'mongoose';

const keySetReadsByClient = new WeakMap<MongoClient, Promise<boolean>>();

/**
 * Whether the connected store answers `_id: {$in: keys}` from its primary-key
 * index. MongoDB does. FerretDB 1.24, the dev and test database, scans the
 * whole collection for it (36 s for 100 keys among 100,000 postings,
 * measured), so there a repository reads a set of keys one primary-key lookup
 * per key. FerretDB names itself in buildInfo (`ferretdbVersion`); asked once
 * per connection.
 */
export function readsKeySetsByIndex(): Promise<boolean> {
  const client = mongoose.connection.getClient();
  let answer = keySetReadsByClient.get(client);
  if (!answer) {
    answer = client
      .db()
      .admin()
      .command({ buildInfo: 1 })
      .then((info) => !('ferretdbVersion' in info))
      // A store that will not say reads key by key, which every store answers correctly.
      .catch(() => false);
    keySetReadsByClient.set(client, answer);
  }
  return answer;
}
