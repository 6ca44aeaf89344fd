// The collecting side of bench/collection-throughput.bench.ts in a process of its own, so its
// resident memory is the collection code's alone: the worker's collection path (TheirStack client
// over HTTP, mapping, journaled ingestion with rollup updates) on the built domain package, plain
// Node, no TypeScript loader. It counts every database command (one round trip each) and prints
// one JSON line with what it measured.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  collectRole,
  connectDatabase,
  disconnectDatabase,
  ensureIndexes,
  IngestionSession,
  POPULAR_ROLES,
  SkillNormalizer,
  systemClock,
  TheirStackClient,
} from '@career-navigator/domain/internal';

const { MONGODB_URI, THEIRSTACK_URL, BENCH_PER_ROLE } = process.env;
await connectDatabase(MONGODB_URI, { monitorCommands: true });
await ensureIndexes();

// The domain's own mongoose (a CommonJS module: require and import share one instance).
const domainRequire = createRequire(fileURLToPath(import.meta.resolve('@career-navigator/domain')));
const client = domainRequire('mongoose').connection.getClient();
const commands = new Map();
const commandMs = new Map();
const names = new Map();
let cellUpserts = 0;
let counting = true;
client.on('commandStarted', (event) => {
  if (!counting) return;
  const name = `${event.commandName} ${String(event.command[event.commandName] ?? '')}`;
  names.set(event.requestId, name);
  commands.set(name, (commands.get(name) ?? 0) + 1);
  if (name === 'update rollup_cells') cellUpserts += event.command.updates.length;
});
client.on('commandSucceeded', (event) => {
  const name = names.get(event.requestId);
  names.delete(event.requestId);
  if (name) commandMs.set(name, (commandMs.get(name) ?? 0) + event.duration);
});

const context = {
  searcher: new TheirStackClient({ baseUrl: THEIRSTACK_URL, apiKey: 'k' }),
  source: 'theirstack',
  maxJobsPerSearch: 100,
  dailyCreditBudget: 1_000_000,
  clock: systemClock,
  skills: new SkillNormalizer(),
};
const started = Date.now();
let collected = 0;
let pages = 0;
// One session for every role, as a collection run of these roles has.
const ingestion = new IngestionSession({ clock: systemClock });
for (const role of POPULAR_ROLES) {
  const summary = await collectRole(
    { role, locations: [], maxAgeDays: 30, perRoleLimit: Number(BENCH_PER_ROLE ?? 400) },
    context,
    ingestion,
  );
  collected += summary.jobsNew + summary.jobsUpdated;
  pages += summary.pagesFetched;
  console.error(
    `${role}: ${summary.jobsNew} new, ${summary.jobsUpdated} updated, ${summary.pagesFetched} pages`,
  );
}
await ingestion.flush();
const seconds = (Date.now() - started) / 1_000;
counting = false;
await disconnectDatabase();
process.stdout.write(
  `${JSON.stringify({
    collected,
    pages,
    seconds,
    cellUpserts,
    commands: [...commands],
    commandMs: [...commandMs],
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
