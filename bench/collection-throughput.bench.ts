// Postings per second through the full collection path (TheirStack client over HTTP to the fake
// server, mapping, journaled ingestion with rollup updates), against a raw driver insertMany of the
// same documents on the same database. The collecting side runs in a process of its own
// (bench/collecting-process.mjs, the built domain package), so its resident memory is the
// worker-side figure (it runs with the worker's heap settings); the fake TheirStack server with its
// 20,000 jobs stays in this process. Then the real worker process collects the same run
// (bench/worker-collection-memory.ts).
// Needs `pnpm build` first (`pnpm bench` does it). Run: npx tsx bench/collection-throughput.bench.ts
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeTheirStackServer } from '@career-navigator/testkit';
import { MongoClient } from 'mongodb';
import { WORKER_HEAP_FLAGS } from '../scripts/process-heap.mjs';
import { databaseUri, round, watchResidentMemory, withBenchServices } from './bench-support.js';
import { measureWorkerCollection } from './worker-collection-memory.js';

interface CollectingReport {
  collected: number;
  pages: number;
  seconds: number;
  cellUpserts: number;
  commands: [string, number][];
  commandMs: [string, number][];
  peakRssBytes: number;
}

async function runCollectingProcess(
  env: Record<string, string>,
): Promise<CollectingReport & { sampledPeakRssMb: number }> {
  const script = fileURLToPath(new URL('./collecting-process.mjs', import.meta.url));
  const child = spawn(process.execPath, [...WORKER_HEAP_FLAGS, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const memory = watchResidentMemory(child.pid as number);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  memory.stop();
  if (code !== 0) throw new Error(`collecting process exited with ${code}`);
  return { ...(JSON.parse(output) as CollectingReport), sampledPeakRssMb: memory.peakMb() };
}

await withBenchServices(async ({ mongodbUri, redisUrl }) => {
  const uri = databaseUri(mongodbUri, 'throughput');
  const fake = await startFakeTheirStackServer({
    apiKey: 'k',
    demo: { seed: 5, jobCount: 20_000 },
    rateLimits: null,
  });
  const perRoleLimit = Number(process.env.BENCH_PER_ROLE ?? 400);
  const report = await runCollectingProcess({
    MONGODB_URI: uri,
    THEIRSTACK_URL: fake.url,
    BENCH_PER_ROLE: String(perRoleLimit),
  });
  // The same collection path inside the real worker process (BullMQ, Redis, metrics and all).
  const worker = await measureWorkerCollection({
    mongodbUri,
    databaseName: 'worker-memory',
    redisUrl,
    theirStackUrl: fake.url,
    theirStackApiKey: 'k',
    perRoleLimit,
  });
  await fake.stop();
  const { collected, pages, seconds: collectionSeconds, cellUpserts } = report;
  const perPage = (count: number) => round(count / pages, 1);
  const msPerPage = report.commandMs.map(([name, ms]) => `${name} ${Math.round(ms / pages)}`);
  console.error(`database time per page, ms (concurrent commands add up): ${msPerPage.join(', ')}`);
  console.error('database commands per page:');
  for (const [name, count] of [...report.commands].sort((a, b) => b[1] - a[1])) {
    console.error(`  ${name}: ${perPage(count)}`);
  }
  const roundTrips = report.commands.reduce((sum, [, count]) => sum + count, 0);
  const cellCommands = report.commands.find(([name]) => name === 'update rollup_cells')?.[1] ?? 0;

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
  const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);
  console.error(
    `Collected ${collected} postings (${stored.length} distinct) in ${pages} pages of up to 100; ` +
      `collecting process peak RSS ${megabytes(report.peakRssBytes)} MB (its own maxRSS), ` +
      `${report.sampledPeakRssMb} MB (sampled from /proc every 100 ms)`,
  );
  console.log(
    '| path | postings | seconds | postings/s | ratio | DB round trips per page | collecting process peak RSS MB |',
  );
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    `| full collection path | ${collected} | ${round(collectionSeconds)} | ${round(collectionRate, 1)} | ${round(collectionRate / insertRate, 3)} | ${perPage(roundTrips)} (${perPage(cellCommands)} of them for ${perPage(cellUpserts)} cells) | ${megabytes(report.peakRssBytes)} |`,
  );
  console.log(
    `| raw insertMany (pages of 100) | ${stored.length} | ${round(insertSeconds)} | ${round(insertRate, 1)} | 1 | 1 | |`,
  );
  console.log(
    `| the worker process: start-up collection, then the same run requested by an admin (${worker.runState}) | ${worker.postings} stored | ${round(worker.runSeconds)} (the run) | | | | ${worker.peakRssMb} (the worker) |`,
  );
});
