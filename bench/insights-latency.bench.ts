// Skill-gap analysis and market-trends latency with 10k and with 100k postings
// in the window (two databases), in one run. Both read precomputed rollups, so their cost should
// not grow with the number of postings.
// Run: npx tsx bench/insights-latency.bench.ts
import {
  connectDatabase,
  createDemoJobSource,
  disconnectDatabase,
  ensureIndexes,
  importPostings,
  type MappedPosting,
  MarketTrendsService,
  mapTheirStackJob,
  recomputeRollups,
  SkillGapService,
  SkillNormalizer,
  systemClock,
  WindowTotals,
} from '../packages/domain/src/internal.js';
import { databaseUri, sampleLatencies, summarizeLatencies, withBenchServices } from './bench-support.js';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 100_000);
const SMALL = TOTAL / 10;
const ROLE = 'Frontend Developer';
/** The demo's largest country, so the narrowest slice measured still has postings on most days. */
const COUNTRY = 'US';

function demoPostings(): MappedPosting[] {
  const now = new Date();
  const skills = new SkillNormalizer();
  const source = createDemoJobSource({ seed: 99, jobCount: TOTAL, windowDays: 30, clock: systemClock });
  return source
    .jobs()
    .map((job) =>
      mapTheirStackJob(job, { role: job.job_title, searchLocation: '', source: 'demo', seenAt: now, skills }),
    )
    .filter((posting): posting is MappedPosting => posting !== null);
}

async function load(postings: readonly MappedPosting[]): Promise<void> {
  const started = Date.now();
  for (let start = 0; start < postings.length; start += 5_000)
    await importPostings(postings.slice(start, start + 5_000), { clock: systemClock });
  const imported = Date.now();
  const { cells } = await recomputeRollups();
  console.error(
    `loaded ${postings.length} postings in ${imported - started} ms; rollups (${cells} cells) rebuilt in ${Date.now() - imported} ms`,
  );
}

/** The operations measured, each on a fresh cache of window totals per database. */
function operations(): Record<string, { run: () => Promise<unknown>; cached: boolean }> {
  const reads = { clock: systemClock, windowTotals: new WindowTotals({ clock: systemClock }) };
  const gap = new SkillGapService(reads);
  const market = new MarketTrendsService(reads);
  const user = { skills: ['JavaScript', 'CSS', 'HTML'], targetRoles: [ROLE] };
  const uncached = (run: () => Promise<unknown>) => ({ run, cached: false });
  return {
    'skillGapAnalysis (uncached)': uncached(() => gap.analyze(user, ROLE, { fresh: true })),
    'marketTrends (uncached)': uncached(() => market.trends({ days: 30, fresh: true })),
    'marketTrends role+remote filter (uncached)': uncached(() =>
      market.trends({ days: 30, role: ROLE, remote: true, fresh: true }),
    ),
    'marketTrends role+remote+country filter (uncached)': uncached(() =>
      market.trends({ days: 30, role: ROLE, remote: true, countryCode: COUNTRY, fresh: true }),
    ),
    'skillGapAnalysis (cached)': { run: () => gap.analyze(user, ROLE, {}), cached: true },
    'marketTrends (cached)': { run: () => market.trends({ days: 30 }), cached: true },
  };
}

const SIZES = ['10k', '100k'] as const;
type Size = (typeof SIZES)[number];
/**
 * The machine is shared: the two sizes are measured in alternating rounds (each round reconnects
 * to the other database), so a change of load weighs on both alike. 5 rounds of 20 uncached
 * calls (60 cached) after 3 warm-up calls make 100 (300) calls of each operation per size.
 */
const ROUNDS = 5;

async function measureAlternately(
  uris: Record<Size, string>,
): Promise<Record<Size, Record<string, number[]>>> {
  const samples: Record<Size, Record<string, number[]>> = { '10k': {}, '100k': {} };
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of round % 2 === 0 ? SIZES : [...SIZES].reverse()) {
      await connectDatabase(uris[size]);
      for (const [name, { run, cached }] of Object.entries(operations())) {
        const measured = await sampleLatencies(run, cached ? 60 : 20, 3);
        samples[size][name] = [...(samples[size][name] ?? []), ...measured];
      }
      await disconnectDatabase();
    }
  }
  return samples;
}

await withBenchServices(async ({ mongodbUri }) => {
  const uris = {
    '10k': databaseUri(mongodbUri, 'bench_insights_10k'),
    '100k': databaseUri(mongodbUri, 'bench_insights_100k'),
  };
  const postings = demoPostings();
  // Every tenth posting for the small database, so both spread over the whole 30 days.
  const sampleEvery = Math.round(postings.length / SMALL);
  for (const [size, subset] of [
    ['10k', postings.filter((_, index) => index % sampleEvery === 0)],
    ['100k', postings],
  ] as const) {
    await connectDatabase(uris[size]);
    await ensureIndexes();
    await load(subset);
    await disconnectDatabase();
  }
  const samples = await measureAlternately(uris);
  console.log(
    `Postings in the 30-day window: ${SMALL.toLocaleString()} and ${postings.length.toLocaleString()}, measured in ${ROUNDS} alternating rounds`,
  );
  console.log(
    '| operation | 10k median ms | 10k p95 ms | 100k median ms | 100k p95 ms | 100k / 10k (median) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const name of Object.keys(samples['10k'])) {
    const a = summarizeLatencies(samples['10k'][name] as number[]);
    const b = summarizeLatencies(samples['100k'][name] as number[]);
    console.log(
      `| ${name} | ${a.medianMs} | ${a.p95Ms} | ${b.medianMs} | ${b.p95Ms} | ${(b.medianMs / a.medianMs).toFixed(2)} |`,
    );
  }
});
