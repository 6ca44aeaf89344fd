import {
  bulkWriteInChunks,
  chunksOf,
  insertManyInChunks,
  insertManyReportingDuplicates,
  readByKeys,
} from '../database/index.js';
import { addAtPaths } from './counter-encoding.js';
import { RollupCellModel } from './rollup.model.js';
import {
  cellCollection,
  type DecodedCell,
  decodeCell,
  type EncodedCell,
  encodeCell,
} from './rollup.repository.js';
import { dropBlocks } from './rollup-block.repository.js';
import { ANY, cellId, MARKET_WIDE_SCOPE } from './rollup-keys.js';
import { partDeltas, type StoredCellDelta } from './stored-cell-delta.js';

/**
 * Adds the deltas of batch `seq` to their cells, each cell's part documents by primary key.
 * A cell remembers the last batch applied to it, so a replay after a crash
 * leaves the cells the batch already reached; a first application (callers
 * hold the ingestion lock, so every cell is behind) also inserts the cells it
 * knows to be new without reading them.
 */
export async function applyCellDeltas(
  seq: number,
  deltas: readonly StoredCellDelta[],
  mode: 'first' | 'replay' = 'first',
): Promise<void> {
  const documents = deltas.flatMap(partDeltas);
  if (documents.length === 0) return;
  if (mode === 'replay') await mergeIntoStoredCells(seq, documents);
  else await writeCellsFirst(seq, documents);
}

/**
 * A first application inserts the documents that are new and merges the
 * others into what is stored. FerretDB 1.24 costs about three times as much per
 * document for an upsert as for an insert, even when the document is new (200
 * cells of 50 counters: 190–260 ms against 80–90, measured); an insert command with one
 * stored document among its documents fails and inserts them one transaction
 * each, so inserting blindly would make a collection over stored cells slower.
 * Which documents are new is asked of their anchors (see anchorOf), from the
 * day's market-wide core down: an anchor whose own anchor is not known to be
 * new is inserted on its own first, and a document whose anchor was just
 * created is new as well. A guess that is wrong anyway only costs its
 * duplicate-key error, after which the document is merged like the rest; on
 * MongoDB the same order costs one or two more round trips per call.
 */
async function writeCellsFirst(seq: number, documents: readonly StoredCellDelta[]): Promise<void> {
  const anchors = new Set(documents.map(anchorOf).filter((anchor) => anchor !== null));
  /** Documents known to be new: inserted as anchors, or anchored on one known to be new. */
  const created = new Set<string>();
  const certainlyNew: StoredCellDelta[] = [];
  const toMerge: StoredCellDelta[] = [];
  for (const depth of [0, 1, 2]) {
    const probes: StoredCellDelta[] = [];
    for (const delta of documents) {
      if (depthOf(delta) !== depth) continue;
      const anchor = anchorOf(delta);
      if (anchor !== null && created.has(anchor)) {
        certainlyNew.push(delta);
        created.add(delta.id);
      } else if (anchors.has(delta.id)) probes.push(delta);
      else toMerge.push(delta);
    }
    const stored = new Set(await insertCells(seq, probes));
    for (const probe of probes) if (!stored.has(probe)) created.add(probe.id);
    toMerge.push(...stored);
  }
  toMerge.push(...(await insertCells(seq, certainlyNew)));
  await mergeIntoStoredCells(seq, toMerge);
}

/**
 * The document whose absence on a day implies this one's: the role-wide core
 * for a role's other documents, else the day's market-wide core (null for that
 * one). Every posting counts in both of its day (cells are never deleted one
 * by one, only all at once by a repair), so they are created with the first
 * document that needs them.
 */
function anchorOf(delta: StoredCellDelta): string | null {
  const marketWide = cellId(MARKET_WIDE_SCOPE, delta.day);
  if (delta.id === marketWide) return null;
  if (delta.role === ANY) return marketWide;
  const roleWide = cellId({ role: delta.role, country: ANY, remote: ANY }, delta.day);
  return delta.id === roleWide ? marketWide : roleWide;
}

/** How many anchors lead from the document to its day's market-wide core. */
function depthOf(delta: StoredCellDelta): number {
  const anchor = anchorOf(delta);
  if (anchor === null) return 0;
  return anchor === cellId(MARKET_WIDE_SCOPE, delta.day) ? 1 : 2;
}

/** Inserts each delta as a new document; returns those whose document was already stored. */
async function insertCells(seq: number, deltas: readonly StoredCellDelta[]): Promise<StoredCellDelta[]> {
  if (deltas.length === 0) return [];
  const duplicates = await insertManyReportingDuplicates(
    cellCollection(),
    deltas.map((delta) => cellDocument(delta, seq)),
  );
  return duplicates.map((index) => deltas[index] as StoredCellDelta);
}

/** Stored cells read at once (readByKeys), then replaced in one command. */
const MERGE_CHUNK = 50;

/**
 * Adds each delta to its stored document, or stores it as a new one: read by
 * primary key, merged, replaced whole (upserted when absent). A document
 * already at or past batch `seq` holds it (a replay meets those) and is left
 * as it is. Counters are JSON strings, which no `$inc` reaches, and a read
 * then a replace of them costs FerretDB 1.24 less than its `$inc` of nested
 * counters did (counter-encoding.ts). The two steps are not one atomic write: every writer of
 * cells holds the ingestion lock and checks it is still theirs before each
 * batch of cells (a lease lost within a batch is the one window left). The
 * replace names the primary key alone, as FerretDB 1.24 scans the collection
 * for any other condition (18–34 ms a document with the batch number in the
 * filter). Each id comes once per call (one delta per cell part, partDeltas),
 * so no two merges of a chunk start from the same read.
 */
async function mergeIntoStoredCells(seq: number, deltas: readonly StoredCellDelta[]): Promise<void> {
  for (const chunk of chunksOf(deltas, MERGE_CHUNK)) {
    const found = await readByKeys(
      cellCollection(),
      chunk.map(({ id }) => id),
    );
    const stored = new Map(found.map((cell) => [cell._id, cell]));
    const replacements = chunk.flatMap((delta) => {
      const current = stored.get(delta.id);
      if ((current?.seq ?? 0) >= seq) return [];
      const cell = current ? decodeCell(current) : keysOf(delta, seq);
      addAtPaths(cell, delta.paths, delta.amounts);
      const replacement = encodeCell({ ...cell, seq });
      return [{ replaceOne: { filter: { _id: delta.id }, replacement, upsert: true } }];
    });
    // Each cell's replace is independent of the others, so unordered; bulkWriteInChunks keeps each
    // command below the size FerretDB 1.24 stalls on.
    await bulkWriteInChunks(cellCollection(), replacements, { ordered: false });
  }
}

/** A new cell's keys, without counters. */
function keysOf(delta: StoredCellDelta, seq: number): DecodedCell {
  const { id, scope, day, role, country, remote } = delta;
  return { _id: id, scope, day, role, country, remote, seq };
}

/** The stored document of a cell that holds only `delta`. */
function cellDocument(delta: StoredCellDelta, seq: number): EncodedCell {
  return encodeCell(addAtPaths(keysOf(delta, seq), delta.paths, delta.amounts));
}

/** Replaces every cell (and drops every block summed from them); only the repair operation calls this, under the ingestion lock. */
export async function replaceAllCells(deltas: readonly StoredCellDelta[], seq: number): Promise<void> {
  // Dropping the collection is one cheap statement on every store; FerretDB 1.24 deletes documents one
  // by one, so a deleteMany over a large database's hundreds of thousands of cell documents outlasts
  // the driver's socket timeout. The indexes come back before any cell does.
  await Promise.all([cellCollection().drop(), dropBlocks()]);
  await RollupCellModel.createIndexes();
  await insertManyInChunks(
    cellCollection(),
    deltas.flatMap(partDeltas).map((delta) => cellDocument(delta, seq)),
  );
}
