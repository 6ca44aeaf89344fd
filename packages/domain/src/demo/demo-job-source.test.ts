import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/index.js';
import { TheirStackClientError } from '../theirstack/theirstack.errors.js';
import type { TheirStackJob } from '../theirstack/theirstack.types.js';
import { createDemoJobSource, generateDemoJobs } from './demo-job-source.js';
import { DEMO_COUNTRIES } from './demo-locations.js';
import { DEMO_ROLES } from './demo-roles.js';
import { TECHNOLOGY_DISPLAY_NAMES } from './demo-technologies.js';

const APRIL_10 = new Date('2026-04-10T12:00:00Z');

function shareOf(jobs: readonly TheirStackJob[], predicate: (job: TheirStackJob) => boolean): number {
  return jobs.filter(predicate).length / jobs.length;
}

describe('demo job source', () => {
  const corpus = generateDemoJobs({ seed: 7, jobCount: 20_000, clock: fixedClock(APRIL_10) });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemoJobs({ seed: 7, jobCount: 20_000, clock: fixedClock(APRIL_10) });
    expect(again).toEqual(corpus);
    const other = generateDemoJobs({ seed: 8, jobCount: 20_000, clock: fixedClock(APRIL_10) });
    expect(other.map((job) => job.job_title)).not.toEqual(corpus.map((job) => job.job_title));
  });

  it('holds exactly jobCount live postings with unique ids, newest first, within the window', () => {
    expect(corpus).toHaveLength(20_000);
    expect(new Set(corpus.map((job) => job.id)).size).toBe(20_000);
    const dates = corpus.map((job) => job.date_posted ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2026-04-10');
    expect(dates.at(-1)).toBe('2026-03-12');
  });

  it('keeps each posting identical as the clock moves on, and adds the new day', () => {
    const nextWeek = generateDemoJobs({
      seed: 7,
      jobCount: 20_000,
      clock: fixedClock('2026-04-17T01:00:00Z'),
    });
    const earlier = new Map(corpus.map((job) => [job.id, job]));
    const stillLive = nextWeek.filter((job) => earlier.has(job.id));
    expect(stillLive.length).toBeGreaterThan(15_000);
    for (const job of stillLive) expect(job).toEqual(earlier.get(job.id));
    expect(nextWeek[0]?.date_posted).toBe('2026-04-17');
    expect(nextWeek).toHaveLength(20_000);
  });

  // How fast is a benchmark's business (bench/api-throughput.bench.ts prints it), not a test's.
  it('generates a market of 100,000 distinct postings', () => {
    const jobs = generateDemoJobs({ seed: 1, jobCount: 100_000, clock: fixedClock(APRIL_10) });
    expect(new Set(jobs.map((job) => job.id)).size).toBe(100_000);
  });

  it('produces complete, TheirStack-shaped postings', () => {
    for (const job of corpus.slice(0, 500)) {
      expect(job.date_posted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(job.discovered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      expect(job.company_object.name).toBeTruthy();
      expect(job.company_object.domain).toMatch(/^[a-z0-9]+\.[a-z]+$/);
      expect(job.locations?.[0]?.display_name).toBeTruthy();
      expect(job.long_location).toContain(job.country ?? '');
      expect(job.technology_slugs!.length).toBeGreaterThanOrEqual(2);
      for (const slug of job.technology_slugs ?? []) {
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(TECHNOLOGY_DISPLAY_NAMES[slug], slug).toBeDefined();
      }
      expect(job.description).toContain(`**About ${job.company_object.name}**`);
    }
  });

  it('names only technologies it can display, for every role', () => {
    const slugs = DEMO_ROLES.flatMap((role) => [
      ...Object.keys(role.skills),
      ...role.titles.flatMap((title) => Object.keys(title.skillOverrides ?? {})),
    ]);
    expect(slugs.filter((slug) => TECHNOLOGY_DISPLAY_NAMES[slug] === undefined)).toEqual([]);
  });

  it('discloses salaries for 40-60% of postings, more often in the US than in Germany', () => {
    const withSalary = (job: TheirStackJob) => job.min_annual_salary_usd != null;
    expect(shareOf(corpus, withSalary)).toBeGreaterThan(0.4);
    expect(shareOf(corpus, withSalary)).toBeLessThan(0.6);
    const us = corpus.filter((job) => job.country_code === 'US');
    const de = corpus.filter((job) => job.country_code === 'DE');
    expect(shareOf(us, withSalary)).toBeGreaterThan(shareOf(de, withSalary) + 0.2);
    for (const job of corpus.filter(withSalary).slice(0, 300)) {
      expect(job.max_annual_salary_usd!).toBeGreaterThan(job.min_annual_salary_usd!);
      expect(job.avg_annual_salary_usd).toBe((job.min_annual_salary_usd! + job.max_annual_salary_usd!) / 2);
      expect(job.salary_string).toMatch(/\d{1,3}(,\d{3})+ - /);
    }
  });

  it('pays by role, seniority and country', () => {
    const medianMinUsd = (predicate: (job: TheirStackJob) => boolean) => {
      const values = corpus
        .filter((job) => predicate(job) && job.min_annual_salary_usd != null)
        .map((job) => job.min_annual_salary_usd!)
        .sort((left, right) => left - right);
      return values[Math.floor(values.length / 2)] ?? 0;
    };
    const us = (job: TheirStackJob) => job.country_code === 'US';
    expect(
      medianMinUsd((job) => us(job) && job.normalized_title === 'machine learning engineer'),
    ).toBeGreaterThan(medianMinUsd((job) => us(job) && job.normalized_title === 'data analyst') * 1.5);
    expect(medianMinUsd((job) => us(job) && job.seniority === 'senior')).toBeGreaterThan(
      medianMinUsd((job) => us(job) && job.seniority === 'junior'),
    );
    expect(medianMinUsd(us)).toBeGreaterThan(medianMinUsd((job) => job.country_code === 'IN') * 3);
  });

  it('draws skills with role-specific odds', () => {
    const frontend = corpus.filter((job) => job.normalized_title === 'frontend developer');
    const dataScience = corpus.filter((job) => job.normalized_title === 'data scientist');
    const hasSlug = (slug: string) => (job: TheirStackJob) => job.technology_slugs?.includes(slug) === true;
    expect(shareOf(frontend, hasSlug('javascript'))).toBeGreaterThan(0.75);
    expect(shareOf(frontend, hasSlug('react'))).toBeGreaterThan(0.6);
    expect(shareOf(frontend, hasSlug('pytorch'))).toBe(0);
    expect(shareOf(dataScience, hasSlug('python'))).toBeGreaterThan(0.85);
    const ios = corpus.filter((job) => /\biOS Developer\b/.test(job.job_title));
    expect(shareOf(ios, hasSlug('swift'))).toBeGreaterThan(0.9);
  });

  it('covers every popular location, remote work and seniority variants in titles', () => {
    const countryCodes = new Set(corpus.map((job) => job.country_code));
    for (const country of DEMO_COUNTRIES) expect(countryCodes).toContain(country.code);
    expect(shareOf(corpus, (job) => job.remote === true)).toBeGreaterThan(0.15);
    expect(corpus.some((job) => job.location === 'Remote')).toBe(true);
    expect(corpus.some((job) => job.job_title.startsWith('Senior '))).toBe(true);
    expect(corpus.some((job) => job.job_title.startsWith('Junior '))).toBe(true);
  });

  it('searches like the API, pages and all', async () => {
    const source = createDemoJobSource({ seed: 7, jobCount: 20_000, clock: fixedClock(APRIL_10) });
    const request = {
      job_title_or: ['Frontend Developer', 'Frontend Engineer'],
      job_country_code_or: ['US', 'GB'],
      posted_at_max_age_days: 14,
      include_total_results: true,
      limit: 50,
    };
    const first = source.searchDemoJobs({ ...request, page: 0 });
    const second = source.searchDemoJobs({ ...request, page: 1 });
    expect(first.metadata.total_results).toBeGreaterThan(100);
    expect(first.data).toHaveLength(50);
    expect(second.data[0]?.id).not.toBe(first.data[0]?.id);
    for (const job of [...first.data, ...second.data]) {
      expect(job.job_title).toMatch(/frontend (developer|engineer)/i);
      expect(['US', 'GB']).toContain(job.country_code);
      expect(job.date_posted! >= '2026-03-27').toBe(true);
    }
    const result = await source.searchJobs({ ...request, page: 0 });
    expect(result.jobs.map((job) => job.id)).toEqual(first.data.map((job) => job.id));
    expect(result.creditsUsed).toBe(50);
    const probe = await source.probe();
    expect(probe).toMatchObject({
      creditsUsed: 0,
      jobs: [expect.objectContaining({ has_blurred_data: true })],
    });
  });

  it('rejects requests the API would reject, with its error titles', () => {
    const source = createDemoJobSource({ seed: 7, jobCount: 100, clock: fixedClock(APRIL_10) });
    expect(() => source.searchDemoJobs({ job_title_or: ['Data Analyst'] })).toThrow(TheirStackClientError);
    expect(() => source.searchDemoJobs({ posted_at_max_age_days: 1, job_country_code_or: ['XX'] })).toThrow(
      'Invalid country code exception',
    );
    expect(() =>
      source.searchDemoJobs({ posted_at_max_age_days: 1, job_title_pattern_or: ['(?=x)'] }),
    ).toThrow('Invalid re2 expression exception');
    expect(() => source.searchDemoJobs({ posted_at_max_age_days: 1, is_closed: false })).toThrow(
      /Validation error: Extra inputs are not permitted: is_closed/,
    );
  });
});
