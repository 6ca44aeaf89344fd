// Skill-gap analysis and market-trends latency with 10k and then 100k postings
// in the window, in one run. Both read precomputed rollups, so their cost should
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
import { databaseUri, type LatencySummary, measureLatency, withBenchServices } from './bench-support.js';

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

async function measure(): Promise<Record<string, LatencySummary>> {
  const reads = { clock: systemClock, windowTotals: new WindowTotals({ clock: systemClock }) };
  const gap = new SkillGapService(reads);
  const market = new MarketTrendsService(reads);
  const user = { skills: ['JavaScript', 'CSS', 'HTML'], targetRoles: [ROLE] };
  return {
    'skillGapAnalysis (uncached)': await measureLatency(() => gap.analyze(user, ROLE, { fresh: true })),
    'marketTrends (uncached)': await measureLatency(() => market.trends({ days: 30, fresh: true })),
    'marketTrends role+remote filter (uncached)': await measureLatency(() =>
      market.trends({ days: 30, role: ROLE, remote: true, fresh: true }),
    ),
    'marketTrends role+remote+country filter (uncached)': await measureLatency(() =>
      market.trends({ days: 30, role: ROLE, remote: true, countryCode: COUNTRY, fresh: true }),
    ),
    'skillGapAnalysis (cached)': await measureLatency(() => gap.analyze(user, ROLE, {}), 300),
    'marketTrends (cached)': await measureLatency(() => market.trends({ days: 30 }), 300),
  };
}

await withBenchServices(async ({ mongodbUri }) => {
  await connectDatabase(databaseUri(mongodbUri, 'bench_insights'));
  await ensureIndexes();
  const postings = demoPostings();
  // Every tenth posting first, so both phases spread over the whole 30 days.
  const sampleEvery = Math.round(postings.length / SMALL);
  await load(postings.filter((_, index) => index % sampleEvery === 0));
  const small = await measure();
  await load(postings.filter((_, index) => index % sampleEvery !== 0));
  const large = await measure();
  console.log(
    `Postings in the 30-day window: ${SMALL.toLocaleString()} then ${postings.length.toLocaleString()}`,
  );
  console.log(
    '| operation | 10k median ms | 10k p95 ms | 100k median ms | 100k p95 ms | 100k / 10k (median) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const name of Object.keys(small)) {
    const a = small[name] as LatencySummary;
    const b = large[name] as LatencySummary;
    console.log(
      `| ${name} | ${a.medianMs} | ${a.p95Ms} | ${b.medianMs} | ${b.p95Ms} | ${(b.medianMs / a.medianMs).toFixed(2)} |`,
    );
  }
  await disconnectDatabase();
});
