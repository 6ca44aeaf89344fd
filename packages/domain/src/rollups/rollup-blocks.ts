import { addDays, type DayWindow } from '../clock/index.js';
import { CELL_KEY_FIELDS, cellId, type RollupScope } from './rollup-keys.js';

/**
 * A block is the sum of the day cells of an aligned run of 1, 2, 4, 8 or 16 days, stored apart
 * (rollup_blocks) by part as a role's cells are (blockPartOf), so a window reads a few dense
 * documents instead of a cell per day. What a day cell holds grows with the postings of its day (salary histograms per
 * skill, locations of a small slice) and FerretDB 1.24 decodes every field it holds, while the
 * union of many days' counters saturates early: a 16-day block of the market-wide details holds
 * ~2,500 counters at 10,000 postings and ~3,200 at 100,000, against ~900 and ~2,200 per day.
 * Aligned on days since 1970, so every window shares the same blocks, and each window is split
 * into the fewest of them that fit (its edges into smaller blocks or single days). A block of
 * one day is still worth storing: it is stored in a form the store decodes cheaply
 * (rollup-block.repository.ts), and split by part where a slice's day cell is not.
 */
export const MAX_BLOCK_DAYS = 16;

/** A run of days of a window read as one block. */
export interface WindowPiece {
  from: string;
  days: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The window as aligned blocks and single days, in order, largest block first wherever one fits. */
export function piecesOf(window: DayWindow): WindowPiece[] {
  const pieces: WindowPiece[] = [];
  const last = dayNumber(window.to);
  let day = window.from;
  for (let at = dayNumber(day); at <= last; ) {
    let days = MAX_BLOCK_DAYS;
    while (days > 1 && (at % days !== 0 || at + days - 1 > last)) days /= 2;
    pieces.push({ from: day, days });
    at += days;
    day = addDays(day, days);
  }
  return pieces;
}

export function daysOfPiece(piece: WindowPiece): string[] {
  return Array.from({ length: piece.days }, (_, index) => addDays(piece.from, index));
}

/** A block's id: the cell id of its first day and its length (parts add their suffix as cells do). */
export function blockId(scope: RollupScope, piece: WindowPiece): string {
  return `${cellId(scope, piece.from)}+${piece.days}`;
}

/**
 * Which cells each day's stamp says changed last: every batch that writes cells sets the
 * stamp of each day it wrote to its own number once the cells are written, and a rebuild of
 * every cell moves the epoch. A block records the epoch and its days' stamps as read before
 * it read their cells, so it is current exactly while none of them has moved since.
 */
export interface DayStamps {
  epoch: number;
  days: Readonly<Record<string, number>>;
}

export function stampsOfPiece(stamps: DayStamps, piece: WindowPiece): number[] {
  return daysOfPiece(piece).map((day) => stamps.days[day] ?? 0);
}

export interface StoredBlockStamps {
  epoch?: number;
  stamps?: number[];
}

/**
 * While every cell is being rebuilt the epoch is negative (markRebuildStarted): the cells are
 * half written, so no block may be trusted or stored until the rebuild moves it on.
 */
export function blocksUsable(stamps: DayStamps): boolean {
  return stamps.epoch >= 0;
}

export function isCurrent(block: StoredBlockStamps, stamps: DayStamps, piece: WindowPiece): boolean {
  const expected = stampsOfPiece(stamps, piece);
  return (
    blocksUsable(stamps) &&
    block.epoch === stamps.epoch &&
    block.stamps?.length === expected.length &&
    expected.every((stamp, index) => block.stamps?.[index] === stamp)
  );
}

/**
 * Adds the counters (nested objects of numbers) of the families of a stored cell `included`
 * into `target`, skipping its key fields and zeros.
 */
export function addCounters(target: object, cell: object, included: (family: string) => boolean): void {
  for (const [key, value] of Object.entries(cell)) {
    if (!CELL_KEY_FIELDS.has(key) && included(key)) addNode(target as Record<string, unknown>, key, value);
  }
}

/**
 * Counter keys are skill ids and place names from postings ("constructor", "__proto__" among
 * them, possibly), so nodes have no prototype and only own properties are ever read.
 */
function addNode(target: Record<string, unknown>, key: string, value: unknown): void {
  const known = Object.hasOwn(target, key) ? target[key] : undefined;
  if (typeof value === 'number') {
    if (value !== 0) target[key] = ((known as number | undefined) ?? 0) + value;
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = (known ?? Object.create(null)) as Record<string, unknown>;
  target[key] = node;
  for (const child of Object.keys(value)) addNode(node, child, (value as Record<string, unknown>)[child]);
}
