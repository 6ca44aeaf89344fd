// Postings per second through the full collection path (TheirStack client over
// HTTP to the fake server, mapping, journaled ingestion with rollup updates),
// against a raw driver insertMany of the same documents on the same database.
// Run: npx tsx bench/collection-throughput.bench.ts

import { startFakeTheirStackServer } from '@career-navigator/testkit';
import {
  collectRole,
  connectDatabase,
  disconnectDatabase,
  ensureIndexes,
  JobPostingModel,
  POPULAR_ROLES,
  systemClock,
  TheirStackClient,
} from '../packages/domain/src/index.js';
import { databaseUri, round, withBenchServices } from './bench-support.js';

const PER_ROLE_LIMIT = 400;

await withBenchServices(async ({ mongodbUri }) => {
  await connectDatabase(databaseUri(mongodbUri, 'throughput'));
  await ensureIndexes();
  const fake = await startFakeTheirStackServer({
    apiKey: 'k',
    demo: { seed: 5, jobCount: 20_000 },
    rateLimits: null,
  });
  const searcher = new TheirStackClient({ baseUrl: fake.url, apiKey: 'k' });
  const context = {
    searcher,
    source: 'theirstack' as const,
    maxJobsPerSearch: 100,
    dailyCreditBudget: 1_000_000,
    clock: systemClock,
  };
  const started = Date.now();
  let collected = 0;
  let pages = 0;
  for (const role of POPULAR_ROLES) {
    const summary = await collectRole(
      { role, locations: [], maxAgeDays: 30, perRoleLimit: PER_ROLE_LIMIT },
      context,
    );
    collected += summary.jobsNew + summary.jobsUpdated;
    pages += summary.pagesFetched;
    console.error(
      `${role}: ${summary.jobsNew} new, ${summary.jobsUpdated} updated, ${summary.pagesFetched} pages`,
    );
  }
  const collectionSeconds = (Date.now() - started) / 1_000;
  await fake.stop();

  const stored = await JobPostingModel.collection.find({}).toArray();
  const baseline = JobPostingModel.db.collection('raw_insert_baseline');
  const insertStarted = Date.now();
  for (let start = 0; start < stored.length; start += 100)
    await baseline.insertMany(stored.slice(start, start + 100));
  const insertSeconds = (Date.now() - insertStarted) / 1_000;

  const collectionRate = collected / collectionSeconds;
  const insertRate = stored.length / insertSeconds;
  console.log(`Collected ${collected} postings (${stored.length} distinct) in ${pages} pages of up to 100.`);
  console.log('| path | postings | seconds | postings/s |');
  console.log('|---|---|---|---|');
  console.log(
    `| full collection path | ${collected} | ${round(collectionSeconds)} | ${round(collectionRate, 1)} |`,
  );
  console.log(
    `| raw insertMany (pages of 100) | ${stored.length} | ${round(insertSeconds)} | ${round(insertRate, 1)} |`,
  );
  console.log(`Full path / raw insert throughput: ${round(collectionRate / insertRate, 3)}`);
  await disconnectDatabase();
});
