import type { CellDelta } from './rollup-cells.js';
import { type CellPart, familyOf, partDocumentId, partOf } from './rollup-parts.js';

/** A cell delta as stored in the journal (plain object instead of a Map). */
export interface StoredCellDelta extends Omit<CellDelta, 'increments'> {
  /** Field paths and the amounts to add, as parallel lists: the paths contain dots, so they can't be stored as keys. */
  paths: string[];
  amounts: number[];
}

export function toStoredDelta(delta: CellDelta): StoredCellDelta {
  const { increments, ...key } = delta;
  return { ...key, paths: [...increments.keys()], amounts: [...increments.values()] };
}

export function incrementsOf(delta: StoredCellDelta): Record<string, number> {
  const increments: Record<string, number> = {};
  delta.paths.forEach((path, index) => {
    increments[path] = delta.amounts[index] as number;
  });
  return increments;
}

/**
 * A cell's delta split by the documents its counters are stored in (see rollup-parts.ts):
 * each has the part's document id and only that part's increments.
 */
export function partDeltas(delta: StoredCellDelta): StoredCellDelta[] {
  const scope = { role: delta.role, country: delta.country, remote: delta.remote };
  const byPart = new Map<CellPart, StoredCellDelta>();
  delta.paths.forEach((path, index) => {
    const part = partOf(scope, familyOf(path));
    let target = byPart.get(part);
    if (!target) {
      target = { ...delta, id: partDocumentId(delta.id, part), paths: [], amounts: [] };
      byPart.set(part, target);
    }
    target.paths.push(path);
    target.amounts.push(delta.amounts[index] as number);
  });
  return [...byPart.values()];
}
