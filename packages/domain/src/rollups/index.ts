export { byCountThenName, rankedTotals } from './ranking.js';
export {
  allCells,
  applyCellDeltas,
  ensureRollupIndexes,
  incrementsOf,
  markCellsChanged,
  nextBatchSeq,
  recordRollupFormat,
  replaceAllCells,
  type StoredCellDelta,
  storedRollupFormat,
  toStoredDelta,
} from './rollup.repository.js';
export { CellDeltaAccumulator, ROLLUP_FORMAT, SALARY_BUCKET_USD } from './rollup-cells.js';
export { contributionOf, type PostingContribution, sameContribution } from './rollup-contribution.js';
export { ANY, MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
export type { RollupCellDocument, RollupTotals } from './rollup-totals.js';
export { type RollupReadDependencies, WindowTotals, type WindowTotalsOptions } from './window-totals.js';
