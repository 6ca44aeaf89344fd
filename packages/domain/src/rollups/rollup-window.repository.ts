import type { DayWindow } from '../clock/index.js';
import { readDayStamps } from './change-stamps.repository.js';
import { CELL_FIELDS, type CellReader, readDayPart } from './rollup.repository.js';
import { readBlockPart, type StoredBlock, writeBlockPart } from './rollup-block.repository.js';
import {
  addCounters,
  blockId,
  blocksUsable,
  type DayStamps,
  daysOfPiece,
  isCurrent,
  piecesOf,
  stampsOfPiece,
  type WindowPiece,
} from './rollup-blocks.js';
import type { RollupScope } from './rollup-keys.js';
import {
  blockPartOf,
  type CellPart,
  cellPartOfBlockPart,
  partDocumentId,
  partsHolding,
} from './rollup-parts.js';
import { addCell, emptyTotals, type RollupCellDocument, type RollupTotals } from './rollup-totals.js';

/** One window of one scope to sum, with the counters its reader needs. */
export interface WindowRead {
  window: DayWindow;
  reader: CellReader;
}

/**
 * The totals of several windows of one scope, in the order asked. Each window is read as
 * aligned blocks (rollup-blocks.ts), single days at its edges as blocks of one day: a block holds
 * fewer counters than the days it sums (rollup-blocks.ts), split by part where a slice's day
 * cell is one document. Each piece is read once (by primary key),
 * with the counters of every window covering it, however many windows share it (a market
 * report's analysis and growth windows share all but their edges); each window counts only its
 * reader's counters. A block whose days changed since it was summed, or never summed, is summed
 * again from its day cells and stored. Pieces are added as they arrive and never kept.
 */
export async function sumWindowCells(
  scope: RollupScope,
  reads: readonly WindowRead[],
): Promise<RollupTotals[]> {
  const totals = reads.map(() => emptyTotals());
  const covering = new Map<string, { piece: WindowPiece; windows: number[] }>();
  reads.forEach(({ window }, index) => {
    for (const piece of piecesOf(window)) {
      const key = `${piece.from}+${piece.days}`;
      const known = covering.get(key);
      if (known) known.windows.push(index);
      else covering.set(key, { piece, windows: [index] });
    }
  });
  // Read once per sum, alongside the pieces, for the days the windows span; only blocks need them.
  let stamps: Promise<DayStamps> | null = null;
  const dayStamps = () => {
    stamps ??= readDayStamps(spanOf(reads.map(({ window }) => window)));
    return stamps;
  };
  await Promise.all(
    [...covering.values()].map(async ({ piece, windows }) => {
      const fields = windows.map((index) => CELL_FIELDS[(reads[index] as WindowRead).reader]);
      const families = [...new Set(fields.flat())];
      const cell = await readBlock(scope, piece, families, dayStamps());
      windows.forEach((index, position) => {
        addCell(totals[index] as RollupTotals, countersOf(cell, fields[position] as readonly string[]));
      });
    }),
  );
  return totals;
}

/** From the earliest window's first day to the latest one's last. */
function spanOf(windows: readonly DayWindow[]): DayWindow {
  const firsts = windows.map(({ from }) => from).sort();
  const lasts = windows.map(({ to }) => to).sort();
  return { from: firsts[0] ?? '', to: lasts[lasts.length - 1] ?? '' };
}

/** A block's parts holding `families`, merged; each current stored part as it is, any other summed again. */
async function readBlock(
  scope: RollupScope,
  piece: WindowPiece,
  families: readonly string[],
  stamps: Promise<DayStamps>,
): Promise<RollupCellDocument> {
  const id = blockId(scope, piece);
  const parts = await Promise.all(
    [...partsHolding(scope, families, blockPartOf)].map(async ([part, wanted]) => {
      const [stored, current] = await Promise.all([readBlockPart(partDocumentId(id, part), wanted), stamps]);
      if (stored && isCurrent(stored, current, piece)) return stored;
      return sumBlockPart(scope, piece, part, current);
    }),
  );
  return Object.assign({}, ...parts, { _id: id }) as RollupCellDocument;
}

/**
 * Sums one part of a block from its day cells and stores it under the stamps read before
 * the cells were: a batch that lands meanwhile moves a stamp after its cells are written,
 * so the block stops being current and is summed again by the next read. During a rebuild of
 * every cell nothing is stored: the cells are half written.
 */
async function sumBlockPart(
  scope: RollupScope,
  piece: WindowPiece,
  part: CellPart,
  stamps: DayStamps,
): Promise<StoredBlock> {
  const cellPart = cellPartOfBlockPart(scope, part);
  const days = await Promise.all(daysOfPiece(piece).map((day) => readDayPart(scope, day, cellPart)));
  const block: StoredBlock = {
    _id: partDocumentId(blockId(scope, piece), part),
    epoch: stamps.epoch,
    stamps: stampsOfPiece(stamps, piece),
  };
  const inPart = (family: string) => blockPartOf(scope, family) === part;
  for (const day of days) if (day) addCounters(block, day, inPart);
  if (blocksUsable(stamps)) await writeBlockPart(block);
  return block;
}

/** The counters of a cell a reader asked for (a shallow view, nothing copied deeply). */
function countersOf(cell: RollupCellDocument, families: readonly string[]): RollupCellDocument {
  const view: Record<string, unknown> = { _id: cell._id };
  for (const family of families) {
    const counters = cell[family as keyof RollupCellDocument];
    if (counters !== undefined) view[family] = counters;
  }
  return view as unknown as RollupCellDocument;
}
