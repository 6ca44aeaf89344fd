import { ensurePasswordResetTokenIndexes, ensureSessionIndexes } from '../accounts/index.js';
import { ensureCollectionRunIndexes } from '../collection/index.js';
import { ensureIngestionJournalIndexes } from '../ingestion/index.js';
import { ensureLearningProgressIndexes } from '../learning/index.js';
import { ensurePostingIndexes, ensureRoleActivityIndexes } from '../postings/index.js';
import { ensureRollupIndexes } from '../rollups/index.js';
import { ensureUserIndexes } from '../users/index.js';

/**
 * Creates the indexes of every collection the system owns, before serving.
 * It lives at the composition root, which may know every feature, so no
 * feature has to know the others' models.
 */
export async function ensureIndexes(): Promise<void> {
  await ensureUserIndexes();
  await ensureSessionIndexes();
  await ensurePasswordResetTokenIndexes();
  await ensurePostingIndexes();
  await ensureRollupIndexes();
  await ensureIngestionJournalIndexes();
  await ensureCollectionRunIndexes();
  await ensureRoleActivityIndexes();
  await ensureLearningProgressIndexes();
}
