/**
 * SkillNormalizer.normalize() (createDomain's skill memo) over 1,000,000 technology slugs shaped like TheirStack's: about 70%
 * known skills in assorted spellings, about 30% technologies the taxonomy does not know.
 * Run: npx tsx bench/skill-normalization.bench.ts
 */
import { allSkills, SkillNormalizer } from '../packages/domain/src/skills/index.js';

const SLUG_COUNT = 1_000_000;
const RUNS = 5;
const UNKNOWN_SHARE = 0.3;
const UNKNOWN_VOCABULARY = 3_000;

/** Deterministic pseudo-random numbers, so every run measures the same input. */
function randomGenerator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** The ways a known skill shows up: slug, id, alias, upper-case, spaced, versioned. */
function knownSpellings(): string[] {
  return allSkills().flatMap((skill) => {
    const slug = skill.id.replaceAll(/[\s.]+/g, '-');
    const aliasSlugs = skill.aliases.map((alias) => alias.replaceAll(' ', '-'));
    return [slug, skill.id, skill.name, skill.name.toUpperCase(), `${skill.name} 2`, ...aliasSlugs];
  });
}

function unknownSlugs(random: () => number): string[] {
  const parts = ['acme', 'nova', 'quill', 'zephyr', 'orbit', 'lumen', 'vortex', 'pixel', 'cobalt', 'ember'];
  const kinds = ['cms', 'analytics', 'pay', 'cloud', 'hr', 'crm', 'forms', 'chat', 'ads', 'maps'];
  return Array.from(
    { length: UNKNOWN_VOCABULARY },
    (_, index) => `${pick(parts, random)}-${pick(kinds, random)}-${index}`,
  );
}

function buildInput(): string[] {
  const random = randomGenerator(42);
  const known = knownSpellings();
  const unknown = unknownSlugs(random);
  return Array.from({ length: SLUG_COUNT }, () => pick(random() < UNKNOWN_SHARE ? unknown : known, random));
}

function timeOneRun(
  slugs: readonly string[],
  skills: SkillNormalizer,
): { milliseconds: number; checksum: number } {
  let checksum = 0;
  const started = process.hrtime.bigint();
  for (const slug of slugs) checksum += skills.normalize(slug).length;
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  return { milliseconds, checksum };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const slugs = buildInput();
// One normaliser for every run, as one process keeps createDomain's for its lifetime.
const skills = new SkillNormalizer();
const runs = Array.from({ length: RUNS }, () => timeOneRun(slugs, skills));
const times = runs.map((run) => run.milliseconds);
const count = SLUG_COUNT.toLocaleString('en-US');
const best = Math.round(Math.min(...times));
console.log(
  `SkillNormalizer.normalize: ${count} slugs in ${best} ms (best of ${RUNS}; median ${Math.round(median(times))} ms)`,
);
// The first run starts with an empty cache; reported so the cold cost is visible too.
console.log(`first (cold-cache) run: ${Math.round(times[0] as number)} ms; checksum ${runs[0]?.checksum}`);
