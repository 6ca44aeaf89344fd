// Postings per second through the full collection path (TheirStack client over
// HTTP to the fake server, mapping, journaled ingestion with rollup updates),
// against a raw driver insertMany of the same documents on the same database.
// Counts the database commands per page (every command is one round trip) and the
// peak resident memory of the collecting process (the code a worker runs; the fake
// TheirStack server with its 20,000 jobs lives in the same process and is included).
// Run: npx tsx bench/collection-throughput.bench.ts
import { databaseClient, startFakeTheirStackServer } from '@career-navigator/testkit';
import { MongoClient } from 'mongodb';
import {
  collectRole,
  connectDatabase,
  disconnectDatabase,
  ensureIndexes,
  POPULAR_ROLES,
  systemClock,
  TheirStackClient,
} from '../packages/domain/src/index.js';
import { databaseUri, round, withBenchServices } from './bench-support.js';

const PER_ROLE_LIMIT = Number(process.env.BENCH_PER_ROLE ?? 400);

await withBenchServices(async ({ mongodbUri }) => {
  const uri = databaseUri(mongodbUri, 'throughput');
  await connectDatabase(uri, { monitorCommands: true });
  await ensureIndexes();
  const fake = await startFakeTheirStackServer({
    apiKey: 'k',
    demo: { seed: 5, jobCount: 20_000 },
    rateLimits: null,
  });
  const client = databaseClient();
  const commands = new Map<string, number>();
  let cellUpserts = 0;
  const countCommand = (event: { commandName: string; command: Record<string, unknown> }) => {
    if (!collecting) return;
    const target = String(event.command[event.commandName] ?? '');
    const name = `${event.commandName} ${target}`;
    commands.set(name, (commands.get(name) ?? 0) + 1);
    if (target === 'rollup_cells' && event.commandName === 'update') {
      cellUpserts += (event.command.updates as unknown[]).length;
    }
  };
  client.on('commandStarted', countCommand);
  const commandMs = new Map<string, number>();
  const timeCommand = (event: { commandName: string; duration: number }) => {
    if (collecting)
      commandMs.set(event.commandName, (commandMs.get(event.commandName) ?? 0) + event.duration);
  };
  client.on('commandSucceeded', timeCommand);
  let collecting = true;
  let peakRss = process.memoryUsage().rss;
  const rssSampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
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
  collecting = false;
  clearInterval(rssSampler);
  client.off('commandStarted', countCommand);
  client.off('commandSucceeded', timeCommand);
  const msPerPage = [...commandMs].map(([name, ms]) => `${name} ${Math.round(ms / pages)}`);
  console.error(`database time per page, ms (concurrent commands add up): ${msPerPage.join(', ')}`);
  await fake.stop();
  const roundTrips = [...commands.values()].reduce((sum, count) => sum + count, 0);
  const cellCommands = commands.get('update rollup_cells') ?? 0;
  const perPage = (count: number) => round(count / pages, 1);
  console.error('database commands per page:');
  for (const [name, count] of [...commands].sort((a, b) => b[1] - a[1])) {
    console.error(`  ${name}: ${perPage(count)}`);
  }

  // The baseline is the bare driver on the same database, outside the product's code.
  const driver = await MongoClient.connect(uri);
  const stored = await driver.db().collection('job_postings').find({}).toArray();
  const baseline = driver.db().collection('raw_insert_baseline');
  const insertStarted = Date.now();
  for (let start = 0; start < stored.length; start += 100)
    await baseline.insertMany(stored.slice(start, start + 100));
  const insertSeconds = (Date.now() - insertStarted) / 1_000;
  await driver.close();

  const collectionRate = collected / collectionSeconds;
  const insertRate = stored.length / insertSeconds;
  console.error(
    `Collected ${collected} postings (${stored.length} distinct) in ${pages} pages of up to 100; ` +
      `round trips per page if every cell were its own command (as before bulk cell writes): ` +
      `${perPage(roundTrips - cellCommands + cellUpserts)}`,
  );
  console.log('| path | postings | seconds | postings/s | ratio | DB round trips per page | peak RSS MB |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    `| full collection path | ${collected} | ${round(collectionSeconds)} | ${round(collectionRate, 1)} | ${round(collectionRate / insertRate, 3)} | ${perPage(roundTrips)} (${perPage(cellCommands)} of them for ${perPage(cellUpserts)} cells) | ${Math.round(peakRss / 2 ** 20)} |`,
  );
  console.log(
    `| raw insertMany (pages of 100) | ${stored.length} | ${round(insertSeconds)} | ${round(insertRate, 1)} | 1 | 1 | |`,
  );
  await disconnectDatabase();
});
