export { byCountThenName, rankedTotals } from './ranking.js';
export {
  allCells,
  applyCellDeltas,
  CELL_FIELDS,
  type CellReader,
  currentBatchSeq,
  ensureRollupIndexes,
  incrementsOf,
  markCellsChanged,
  nextBatchSeq,
  readCells,
  recordRollupFormat,
  replaceAllCells,
  type StoredCellDelta,
  storedRollupFormat,
  toStoredDelta,
} from './rollup.repository.js';
export { type CellDelta, CellDeltaAccumulator, ROLLUP_FORMAT, SALARY_BUCKET_USD } from './rollup-cells.js';
export {
  type ContributingPosting,
  contributionOf,
  type PostingContribution,
  type RemoteBucket,
  remoteBucketOf,
  sameContribution,
} from './rollup-contribution.js';
export { ANY, MARKET_WIDE_SCOPE, type RollupScope } from './rollup-keys.js';
export {
  addCell,
  emptyTotals,
  type RollupCellDocument,
  type RollupTotals,
  type SalarySums,
  sumCells,
} from './rollup-totals.js';
export {
  type RollupReadDependencies,
  type TotalsRequest,
  WINDOW_TOTALS_STALENESS_MS,
  WindowTotals,
  type WindowTotalsOptions,
} from './window-totals.js';
