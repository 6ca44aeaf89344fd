export { ensureIngestionJournalIndexes } from './ingestion-journal.repository.js';
export { JournalReplayError, REPLAY_ATTEMPTS } from './journal-replay.js';
export {
  INGESTION_LOCK,
  type IngestionOptions,
  type IngestionResult,
  importPostings,
  ingestPostings,
  pendingIngestionBatches,
  recoverPendingIngestion,
  removePostingsLastSeenBefore,
} from './posting-ingestion.service.js';
export {
  type RollupRecomputation,
  type RollupVerification,
  recomputeRollups,
  upgradeRollupFormat,
  verifyRollups,
} from './rollup-repair.service.js';
