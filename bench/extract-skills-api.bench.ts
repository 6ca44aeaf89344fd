/**
 * extractSkills requests per second through the whole API (HTTP, GraphQL parsing and limits,
 * the per-IP budget in Redis, extraction, serialisation) on a 5,000-word text, against the
 * health query as the floor.
 *
 * Run after `pnpm build`:  npx tsx bench/extract-skills-api.bench.ts
 * It starts its own dev database and Redis (tools/services) and stops them when it ends.
 */
import { labelledDocument } from '@career-navigator/testkit';
import { type AutocannonResult, measureRequests, printResults, withBenchApi } from './api-bench-support.js';

const TARGET_WORDS = 5_000;
const CONNECTIONS = 10;
const DURATION_SECONDS = 10;
const WARM_UP_SECONDS = 2;

const text = labelledDocument(TARGET_WORDS);
const scenarios = [
  { name: 'health', body: { query: '{ health { status } }' } },
  {
    name: 'extractSkills',
    body: {
      query: `query Extract($text: String!) { extractSkills(text: $text) {
        textLength skills { skill displayName category count confidence evidence { start end text } } } }`,
      variables: { text },
    },
  },
];
const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

await withBenchApi(
  {
    databaseName: 'extract_skills_bench',
    // Every request comes from one address here; the budget is still checked and counted in Redis.
    server: { throttles: { extraction: { limit: 1_000_000_000, windowSeconds: 60 } } },
  },
  async ({ endpoint }) => {
    console.log(`text: ${text.split(/\s+/).length} words, ${text.length} characters`);
    console.log(
      `${CONNECTIONS} connections, ${DURATION_SECONDS} s per query, after a ${WARM_UP_SECONDS} s warm-up`,
    );
    const results: { name: string; result: AutocannonResult }[] = [];
    for (const scenario of scenarios) {
      const run = {
        name: scenario.name,
        endpoint,
        headers,
        body: JSON.stringify(scenario.body),
        connections: CONNECTIONS,
      };
      await measureRequests({ ...run, duration: WARM_UP_SECONDS });
      results.push({
        name: scenario.name,
        result: await measureRequests({ ...run, duration: DURATION_SECONDS }),
      });
    }
    printResults(results);
  },
);
