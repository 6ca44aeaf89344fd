import { addDays, type MappedPosting, normalizeRole, utcDay } from '@career-navigator/domain/internal';
import { mappedPosting } from '@career-navigator/testkit';
import { ingestNow } from './seed-postings.js';

export interface RandomMarketOptions {
  seed: number;
  count: number;
  /** Job titles as a user would type them. */
  roles: readonly string[];
  /** Canonical skill ids to draw from; each posting asks for a random subset. */
  skills: readonly string[];
  /** Postings are spread over today and this many days before it. */
  daysBack: number;
  /** First posting id, so several markets can share a database. */
  firstId?: number;
}

/** A small deterministic random stream (mulberry32), so a failing case can be replayed from its seed. */
function randomStream(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const LOCATIONS = [
  { location: 'Berlin, Germany', countryCode: 'DE' },
  { location: 'London, United Kingdom', countryCode: 'GB' },
  { location: 'Austin, TX, United States', countryCode: 'US' },
];

/** Random postings across roles, days, skills, salaries and remote flags; not yet stored. */
export function randomPostings(options: RandomMarketOptions): MappedPosting[] {
  const random = randomStream(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const today = utcDay(new Date());
  return Array.from({ length: options.count }, (_, index) => {
    const title = pick(options.roles);
    const day = addDays(today, -Math.floor(random() * (options.daysBack + 1)));
    const skills = options.skills.filter(() => random() < 0.4);
    const salaried = random() < 0.7;
    const low = 50_000 + Math.floor(random() * 10) * 10_000;
    const place = pick(LOCATIONS);
    const remoteDraw = random();
    return mappedPosting((options.firstId ?? 1) + index, {
      title,
      role: normalizeRole(title),
      skills,
      technologySlugs: skills,
      datePosted: new Date(`${day}T12:00:00Z`),
      postedDay: day,
      seenAt: new Date(),
      minAnnualSalaryUsd: salaried ? low : null,
      maxAnnualSalaryUsd: salaried ? low + 20_000 : null,
      remote: remoteDraw < 0.3 ? true : remoteDraw < 0.8 ? false : null,
      location: place.location,
      countryCode: place.countryCode,
    });
  });
}

/** randomPostings(), stored through the real ingestion (rollups included). */
export async function seedRandomMarket(options: RandomMarketOptions): Promise<MappedPosting[]> {
  const postings = randomPostings(options);
  await ingestNow(postings);
  return postings;
}
