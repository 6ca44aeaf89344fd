import type { Collection, Document, Filter, FindOptions } from 'mongodb';
import { readsKeySetsByIndex } from './store-capabilities.js';

/** How a set of documents is read: one `$in` query, or one primary-key read per key. */
export type KeySetRead = 'in-query' | 'per-key';

/**
 * The stored documents of `keys` (those that exist), by primary key. One `$in`
 * query where the store reads it from the primary-key index (MongoDB); one
 * primary-key read per key, sent together over the pool, where `$in` would
 * scan the collection (FerretDB 1.24, see readsKeySetsByIndex). Tests pin `how`;
 * `Read` names what a projection leaves of a document.
 */
export async function readByKeys<Stored extends Document & { _id: string }, Read extends Document = Stored>(
  collection: Collection<Stored>,
  keys: readonly string[],
  options: { projection?: FindOptions['projection']; how?: KeySetRead | undefined } = {},
): Promise<Read[]> {
  if (keys.length === 0) return [];
  const { projection, how } = options;
  const read = how ?? ((await readsKeySetsByIndex()) ? 'in-query' : 'per-key');
  const findOptions = projection ? { projection } : {};
  if (read === 'in-query') {
    const filter = { _id: { $in: [...keys] } } as Filter<Stored>;
    return collection.find<Read>(filter, findOptions).toArray();
  }
  const found = await Promise.all(
    keys.map((key) => collection.findOne<Read>({ _id: key } as Filter<Stored>, findOptions)),
  );
  return found.filter((document) => document !== null);
}
