import { carriesRoleCounts, carriesSkillPairs, type RollupScope } from './rollup-keys.js';

/**
 * A day's cell of one scope is stored as up to three documents ("parts"), so that a reader
 * fetches only the counters it needs. FerretDB 1.24 decodes every field of a document whatever
 * the projection, and the market-wide cells grow to ~220 kB at 100,000 postings, mostly counters
 * the market report never uses (role × skill, skill pairs); the role-wide cells carry location and
 * salary details the gap analysis never uses. The core part keeps the cell's id, the others add a
 * suffix, so every part is still read by primary key. Country and remote slices stay one document:
 * every reader of them needs most of it, and each extra part costs the write path an update.
 */
export type CellPart = 'core' | 'detail' | 'extra';

/** Locations, remote shares and salaries: only market-style reports read them. */
const DETAIL_FAMILIES: ReadonlySet<string> = new Set(['l', 'rm', 'sa', 'sl', 'sh', 'sb']);
/** Skill pairs, postings per role and per role and skill: kept apart in the market-wide cells. */
const EXTRA_FAMILIES: ReadonlySet<string> = new Set(['p', 'ro', 'rs']);

export function partOf(scope: RollupScope, family: string): CellPart {
  if (!carriesSkillPairs(scope)) return 'core';
  if (DETAIL_FAMILIES.has(family)) return 'detail';
  if (carriesRoleCounts(scope) && EXTRA_FAMILIES.has(family)) return 'extra';
  return 'core';
}

/**
 * The part of a block (rollup-blocks.ts) a family is summed into. Blocks split a slice's counters
 * as a role's, though its day cell is one document: a block costs the write path nothing, and the
 * growth windows of a market report then decode only postings and skills of their blocks.
 */
export function blockPartOf(scope: RollupScope, family: string): CellPart {
  if (carriesSkillPairs(scope)) return partOf(scope, family);
  return DETAIL_FAMILIES.has(family) ? 'detail' : 'core';
}

/** The part of a day's cell that holds every counter of a block's part. */
export function cellPartOfBlockPart(scope: RollupScope, part: CellPart): CellPart {
  return carriesSkillPairs(scope) ? part : 'core';
}

export function partDocumentId(cellId: string, part: CellPart): string {
  return part === 'core' ? cellId : `${cellId}#${part}`;
}

/** The counter family of a dotted increment path (`s.react` → `s`). */
export function familyOf(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}

/** The parts (of a cell, or of a block with blockPartOf) holding `families`, each with the families wanted from it. */
export function partsHolding(
  scope: RollupScope,
  families: Iterable<string>,
  partOfFamily: (scope: RollupScope, family: string) => CellPart = partOf,
): Map<CellPart, string[]> {
  const parts = new Map<CellPart, string[]>();
  for (const family of families) {
    const part = partOfFamily(scope, family);
    const wanted = parts.get(part);
    if (wanted) wanted.push(family);
    else parts.set(part, [family]);
  }
  return parts;
}
