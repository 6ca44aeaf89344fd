import { bulkWriteInChunks, insertManyInChunks, insertManyReportingDuplicates } from '../database/index.js';
import { RollupCellModel } from './rollup.model.js';
import { cellCollection, type StoredCell } from './rollup.repository.js';
import { dropBlocks } from './rollup-block.repository.js';
import { cellId, MARKET_WIDE_SCOPE } from './rollup-keys.js';
import { incrementsOf, partDeltas, type StoredCellDelta } from './stored-cell-delta.js';

/**
 * Adds the deltas of batch `seq` to their cells, each cell's part documents by primary key.
 * A cell remembers the last batch applied to it: a first application (callers
 * hold the ingestion lock, so every cell is behind) writes blindly, while a
 * replay after a crash first reads which cells the batch already reached.
 */
export async function applyCellDeltas(
  seq: number,
  deltas: readonly StoredCellDelta[],
  mode: 'first' | 'replay' = 'first',
): Promise<void> {
  const documents = deltas.flatMap(partDeltas);
  if (documents.length === 0) return;
  if (mode === 'replay') await upsertCells(seq, await deltasBehind(seq, documents));
  else await writeCellsFirst(seq, documents);
}

/**
 * A first application inserts the documents of days that had no cell yet and
 * upserts the others. FerretDB 1.24 costs about three times as much per
 * document for an upsert as for an insert, even when the document is new
 * (200 cells of 50 counters: 190–260 ms against 80–90, measured), and a
 * failed insert of a stored document costs about as much as a successful one,
 * so inserting blindly would make a collection over stored days slower.
 * Whether a day is new is asked of its market-wide core document, which every
 * posting of the day counts in (cells are never deleted one by one, only all
 * at once by a repair): it is inserted first, and only if that insert succeeds are
 * the day's other documents inserted too. A guess that is wrong anyway (a
 * document of a new day already stored) only costs its duplicate-key error,
 * after which the document is upserted like the rest; on MongoDB the same
 * order costs one more round trip per call.
 */
async function writeCellsFirst(seq: number, documents: readonly StoredCellDelta[]): Promise<void> {
  const probes: StoredCellDelta[] = [];
  const others: StoredCellDelta[] = [];
  for (const delta of documents) {
    (delta.id === cellId(MARKET_WIDE_SCOPE, delta.day) ? probes : others).push(delta);
  }
  const storedProbes = await insertCells(seq, probes);
  const storedDays = new Set(storedProbes.map((delta) => delta.day));
  const newDays = new Set(probes.map((delta) => delta.day).filter((day) => !storedDays.has(day)));
  const ofNewDays = others.filter((delta) => newDays.has(delta.day));
  const stored = await insertCells(seq, ofNewDays);
  const ofOtherDays = others.filter((delta) => !newDays.has(delta.day));
  await upsertCells(seq, [...storedProbes, ...stored, ...ofOtherDays]);
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

async function upsertCells(seq: number, deltas: readonly StoredCellDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  // Each cell's upsert is independent of the others, so unordered commands; bulkWriteInChunks keeps
  // each command below the size FerretDB 1.24 stalls on.
  await bulkWriteInChunks(
    cellCollection(),
    deltas.map((delta) => ({
      updateOne: {
        filter: { _id: delta.id },
        update: {
          $inc: incrementsOf(delta),
          $set: { seq },
          $setOnInsert: {
            scope: delta.scope,
            day: delta.day,
            role: delta.role,
            country: delta.country,
            remote: delta.remote,
          },
        },
        upsert: true,
      },
    })),
    { ordered: false },
  );
}

async function deltasBehind(seq: number, deltas: readonly StoredCellDelta[]): Promise<StoredCellDelta[]> {
  const cells = await Promise.all(
    deltas.map((delta) =>
      cellCollection().findOne<Pick<StoredCell, 'seq'>>({ _id: delta.id }, { projection: { seq: 1 } }),
    ),
  );
  return deltas.filter((_, index) => (cells[index]?.seq ?? 0) < seq);
}

/** The document an upsert of `delta` into no document would leave. */
function cellDocument(delta: StoredCellDelta, seq: number): StoredCell {
  return {
    _id: delta.id,
    scope: delta.scope,
    day: delta.day,
    role: delta.role,
    country: delta.country,
    remote: delta.remote,
    seq,
    ...expandDottedPaths(incrementsOf(delta)),
  };
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

/** { 's.react': 2 } → { s: { react: 2 } }, for inserting whole documents. */
function expandDottedPaths(flat: Record<string, number>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return root;
}
