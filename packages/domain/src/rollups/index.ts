export { applyCellDeltas, replaceAllCells } from './cell-writes.repository.js';
export { markCellsChanged, markRebuildStarted } from './change-stamps.repository.js';
export { byCountThenName, rankedTotals } from './ranking.js';
export {
  allCells,
  ensureRollupIndexes,
  nextBatchSeq,
  recordRollupFormat,
  storedRollupFormat,
} from './rollup.repository.js';
export { CellDeltaAccumulator, ROLLUP_FORMAT, SALARY_BUCKET_USD } from './rollup-cells.js';
export { contributionOf, type PostingContribution, sameContribution } from './rollup-contribution.js';
export { ANY, MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
export type { RollupCellDocument, RollupTotals } from './rollup-totals.js';
export { incrementsOf, partDeltas, type StoredCellDelta, toStoredDelta } from './stored-cell-delta.js';
export { type RollupReadDependencies, WindowTotals, type WindowTotalsOptions } from './window-totals.js';
