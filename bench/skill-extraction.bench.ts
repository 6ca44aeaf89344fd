/**
 * Skill extraction quality and speed.
 * Run: cd /work/main && npx tsx bench/skill-extraction.bench.ts
 */
import { performance } from 'node:perf_hooks';
import {
  confidenceBands,
  evaluateExtraction,
  labelledDocument,
  labelledSnippets,
} from '@career-navigator/testkit';
import { extractSkills, findSkills } from '../packages/domain/src/skills/index.js';

const TARGET_WORDS = 5_000;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 200;

function percentile(sortedMilliseconds: readonly number[], fraction: number): number {
  const index = Math.min(sortedMilliseconds.length - 1, Math.ceil(fraction * sortedMilliseconds.length) - 1);
  return sortedMilliseconds[index]!;
}

function measureMilliseconds(document: string): number[] {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) extractSkills(document);
  const timings: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run += 1) {
    const start = performance.now();
    extractSkills(document);
    timings.push(performance.now() - start);
  }
  return timings.sort((a, b) => a - b);
}

const quality = evaluateExtraction(labelledSnippets, extractSkills);
console.log(`labelled snippets: ${labelledSnippets.length}`);
console.log(
  `precision ${quality.precision.toFixed(3)}  recall ${quality.recall.toFixed(3)}  F1 ${quality.f1.toFixed(3)}` +
    `  (TP ${quality.truePositives}, FP ${quality.falsePositives}, FN ${quality.falseNegatives})`,
);

console.log('\nconfidence band   found  correct  precision');
for (const band of confidenceBands(labelledSnippets, findSkills)) {
  const precision = band.precision === undefined ? '-' : band.precision.toFixed(3);
  console.log(
    `[${band.from.toFixed(1)}, ${band.to.toFixed(1)}${band.to === 1 ? ']' : ')'}`.padEnd(16) +
      `${String(band.found).padStart(6)} ${String(band.correct).padStart(8)} ${precision.padStart(10)}`,
  );
}

const document = labelledDocument(TARGET_WORDS);
const timings = measureMilliseconds(document);
console.log(`document: ${document.split(/\s+/).length} words, ${document.length} characters`);
console.log(
  `extraction over ${MEASURED_RUNS} runs: median ${percentile(timings, 0.5).toFixed(2)} ms, ` +
    `p95 ${percentile(timings, 0.95).toFixed(2)} ms`,
);
