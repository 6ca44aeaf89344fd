import type { Collection } from 'mongodb';
import { isDuplicateKeyError } from '../database/index.js';
import { RollupCellModel } from './rollup.model.js';
import type { StoredBlockStamps } from './rollup-blocks.js';
import type { RollupCellDocument } from './rollup-totals.js';

/** A stored block part (see rollup-blocks.ts): a part's counters summed over the block's days, and what they were read at. */
export type StoredBlock = RollupCellDocument & StoredBlockStamps;

/**
 * Blocks live apart from the cells, so everything that reads or compares every cell (verify,
 * repair) sees only cells, and blocks are dropped wholesale when every cell is rebuilt.
 */
function blockCollection(): Collection<StoredBlock> {
  return RollupCellModel.db.collection<StoredBlock>('rollup_blocks');
}

/** A block part by primary key, with the counter families asked for and its stamps (null when never built). */
export async function readBlockPart(id: string, families: readonly string[]): Promise<StoredBlock | null> {
  const projection = Object.fromEntries([...families, 'epoch', 'stamps'].map((field) => [field, 1]));
  return blockCollection().findOne<StoredBlock>({ _id: id }, { projection });
}

/**
 * Stores a block part whole: a block is only ever replaced by another sum of the same days.
 * Readers that miss the same block at once all store it; FerretDB answers some of those
 * concurrent upserts with a duplicate key (a MongoDB replica does too, rarely), which means
 * another reader stored it first: the sum this reader holds is still right, and is returned.
 */
export async function writeBlockPart(block: StoredBlock): Promise<void> {
  try {
    await blockCollection().replaceOne({ _id: block._id }, block, { upsert: true });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Drops every block; only a rebuild of every cell calls this (the blocks' epoch is moved with it). */
export async function dropBlocks(): Promise<void> {
  // Dropping is one statement where FerretDB 1.24 deletes documents one by one (see replaceAllCells).
  await blockCollection().drop();
}
