import { bulkWriteInChunks, insertManyInChunks, insertManyReportingDuplicates } from '../database/index.js';
import { RollupCellModel } from './rollup.model.js';
import { cellCollection, type StoredCell } from './rollup.repository.js';
import { dropBlocks } from './rollup-block.repository.js';
import { ANY, cellId, MARKET_WIDE_SCOPE } from './rollup-keys.js';
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
 * A first application inserts the documents that are new and upserts the
 * others. FerretDB 1.24 costs about three times as much per document for an
 * upsert as for an insert, even when the document is new (200 cells of 50
 * counters: 190–260 ms against 80–90, measured); an insert command with one
 * stored document among its documents fails and inserts them one transaction
 * each, so inserting blindly would make a collection over stored cells slower.
 * Which documents are new is asked of their anchors (see anchorOf), from the
 * day's market-wide core down: an anchor whose own anchor is not known to be
 * new is inserted on its own first, and a document whose anchor was just
 * created is new as well. A guess that is wrong anyway only costs its
 * duplicate-key error, after which the document is upserted like the rest; on
 * MongoDB the same order costs one or two more round trips per call.
 */
async function writeCellsFirst(seq: number, documents: readonly StoredCellDelta[]): Promise<void> {
  const anchors = new Set(documents.map(anchorOf).filter((anchor) => anchor !== null));
  /** Documents known to be new: inserted as anchors, or anchored on one known to be new. */
  const created = new Set<string>();
  const certainlyNew: StoredCellDelta[] = [];
  const upserts: StoredCellDelta[] = [];
  for (const depth of [0, 1, 2]) {
    const probes: StoredCellDelta[] = [];
    for (const delta of documents) {
      if (depthOf(delta) !== depth) continue;
      const anchor = anchorOf(delta);
      if (anchor !== null && created.has(anchor)) {
        certainlyNew.push(delta);
        created.add(delta.id);
      } else if (anchors.has(delta.id)) probes.push(delta);
      else upserts.push(delta);
    }
    const stored = new Set(await insertCells(seq, probes));
    for (const probe of probes) if (!stored.has(probe)) created.add(probe.id);
    upserts.push(...stored);
  }
  upserts.push(...(await insertCells(seq, certainlyNew)));
  await upsertCells(seq, upserts);
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
    ...nestedCounters(delta),
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

/**
 * The delta's counters as nested fields (`s.react` → { s: { react } }), for inserting whole
 * documents; a flush builds thousands, so straight from the paths, without an object of dotted keys first.
 */
function nestedCounters(delta: StoredCellDelta): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const { paths, amounts } = delta;
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    let node = root;
    let start = 0;
    for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', start)) {
      const key = path.slice(start, dot);
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
      start = dot + 1;
    }
    node[path.slice(start)] = amounts[index];
  }
  return root;
}
