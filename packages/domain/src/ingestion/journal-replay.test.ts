import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../../../../tools/services/dev-services.mjs';
import { connectDatabase, databaseAnswersReads, disconnectDatabase } from '../database/index.js';
import { JobPostingModel } from '../postings/job-posting.model.js';
import { pendingJournal } from './ingestion-journal.repository.js';
import { JournalReplayError, replayWithRetries } from './journal-replay.js';
import { recoverPendingIngestion } from './posting-ingestion.service.js';
import { upgradeRollupFormat, verifyRollups } from './rollup-repair.service.js';

// The database a worker killed mid-run left behind: one journal batch of 100 posting upserts that
// FerretDB 1.24 never answered as one ordered bulkWrite (see bounded-writes.ts).
const STALLED_DATABASE = fileURLToPath(
  new URL('./test-fixtures/bulk-update-hang.sqlite.tar.xz', import.meta.url),
);

describe('replaying the journal batch that used to stop the dev database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'career-navigator-replay-'));
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    execFileSync('tar', ['-C', dataDir, '-xJf', STALLED_DATABASE]);
    // Its own FerretDB on the copied file; Redis is not needed.
    const services = await startServices({ dataDir, env: { REDIS_URL: 'redis://unused' } });
    stop = services.stop;
    await connectDatabase(services.mongodbUri, { serverSelectionTimeoutMs: 5_000, socketTimeoutMs: 10_000 });
  });

  afterAll(async () => {
    await disconnectDatabase();
    await stop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('completes, leaves no pending batch, duplicates nothing, and the database keeps answering', async () => {
    const [entry] = await pendingJournal();
    expect(entry?.kind === 'writes' ? entry.postingWrites.length : 0).toBe(100);
    const postingsBefore = await JobPostingModel.countDocuments();

    expect(await recoverPendingIngestion()).toBe(1);

    expect(await pendingJournal()).toEqual([]);
    expect(await JobPostingModel.countDocuments()).toBe(postingsBefore);
    expect(await databaseAnswersReads()).toBe(true);
    // The file's cells predate the current cell format: the worker's start-up upgrade rebuilds them.
    expect(await upgradeRollupFormat()).toBe(true);
    expect((await verifyRollups()).differingCells).toEqual([]);
  }, 60_000);
});

describe('replayWithRetries', () => {
  it('applies a batch that fails twice, then gives up on one that keeps failing, naming the cause', async () => {
    let calls = 0;
    await replayWithRetries(7, async () => {
      calls++;
      if (calls < 3) throw new Error('socket timed out');
    });
    expect(calls).toBe(3);

    const failing = replayWithRetries(8, async () => {
      throw new Error('connection refused');
    });
    await expect(failing).rejects.toBeInstanceOf(JournalReplayError);
    await expect(failing).rejects.toThrow(/batch 8 failed 3 times: connection refused/);
  }, 20_000);
});
