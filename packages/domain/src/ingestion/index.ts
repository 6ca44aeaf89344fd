export { ensureIngestionJournalIndexes } from './ingestion-journal.repository.js';
export { IngestionSession } from './ingestion-session.js';
export { JournalReplayError } from './journal-replay.js';
export {
  importPostings,
  ingestPostings,
  recoverPendingIngestion,
  removePostingsLastSeenBefore,
} from './posting-ingestion.service.js';
export { recomputeRollups, upgradeRollupFormat, verifyRollups } from './rollup-repair.service.js';
