import type { Collection } from 'mongodb';
import { isDuplicateKeyError } from '../database/index.js';
import { decodeCounters, encodeCounters } from './counter-encoding.js';
import { RollupCellModel } from './rollup.model.js';
import type { StoredBlockStamps } from './rollup-blocks.js';
import type { RollupCellDocument } from './rollup-totals.js';

/** A stored block part (see rollup-blocks.ts): a part's counters summed over the block's days, and what they were read at. */
export type StoredBlock = RollupCellDocument & StoredBlockStamps;

/**
 * A block part as stored: each family of counters as one JSON string (counter-encoding.ts; a
 * small slice's details grew from 300 to 700 counters with volume). The stored id carries the
 * encoding: code of the earlier one (nested counters under the bare block id) and this code
 * never read each other's blocks while both run against one database.
 */
type EncodedBlock = { _id: string } & StoredBlockStamps & Record<string, unknown>;
const BLOCK_ENCODING = 'json';
const STAMP_FIELDS: ReadonlySet<string> = new Set(['_id', 'epoch', 'stamps']);

/** The stored id of a block part (see BLOCK_ENCODING). */
export const storedBlockId = (id: string) => `${id}@${BLOCK_ENCODING}`;

/**
 * Blocks live apart from the cells, so everything that reads or compares every cell (verify,
 * repair) sees only cells, and blocks are dropped wholesale when every cell is rebuilt.
 */
function blockCollection(): Collection<EncodedBlock> {
  return RollupCellModel.db.collection<EncodedBlock>('rollup_blocks');
}

function encode(block: StoredBlock): EncodedBlock {
  return { ...encodeCounters(block, STAMP_FIELDS), _id: storedBlockId(block._id) };
}

function decode(id: string, stored: EncodedBlock): StoredBlock {
  return { ...decodeCounters<StoredBlock>(stored, STAMP_FIELDS), _id: id };
}

/** A block part by id, with the counter families asked for and its stamps (null when never built). */
export async function readBlockPart(id: string, families: readonly string[]): Promise<StoredBlock | null> {
  const projection = Object.fromEntries([...families, 'epoch', 'stamps'].map((field) => [field, 1]));
  const stored = await blockCollection().findOne({ _id: storedBlockId(id) }, { projection });
  return stored && decode(id, stored);
}

/**
 * Stores a block part whole: a block is only ever replaced by another sum of the same days.
 * Readers that miss the same block at once all store it; FerretDB answers some of those
 * concurrent upserts with a duplicate key (a MongoDB replica does too, rarely), which means
 * another reader stored it first: the sum this reader holds is still right, and is returned.
 */
export async function writeBlockPart(block: StoredBlock): Promise<void> {
  const stored = encode(block);
  try {
    await blockCollection().replaceOne({ _id: stored._id }, stored, { upsert: true });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Drops every block; only a rebuild of every cell calls this (the blocks' epoch is moved with it). */
export async function dropBlocks(): Promise<void> {
  // Dropping is one statement where FerretDB 1.24 deletes documents one by one (see replaceAllCells).
  await blockCollection().drop();
}
