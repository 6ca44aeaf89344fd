import { FIXED_NOW, testJob } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/index.js';
import type { TheirStackJob, TheirStackJobSearchRequest } from '../theirstack/theirstack.types.js';
import { searchJobCorpus } from './job-corpus-search.js';
import { BLURRED_TEXT } from './preview-mode.js';
import { createStaticJobCorpus } from './static-job-corpus.js';

const recent: TheirStackJobSearchRequest = { posted_at_max_age_days: 30 };

function idsFound(jobs: readonly TheirStackJob[], request: TheirStackJobSearchRequest): number[] {
  const corpus = createStaticJobCorpus(jobs, fixedClock(FIXED_NOW));
  return searchJobCorpus(corpus, { limit: 100, ...request }).data.map((job) => job.id);
}

describe('searchJobCorpus', () => {
  it('matches job_title_or as words in any order, case-insensitively, ignoring punctuation', () => {
    const jobs = [
      testJob(1, { job_title: 'Senior Front-End Developer' }),
      testJob(2, { job_title: 'Frontend Developer' }),
      testJob(3, { job_title: 'Developer Advocate, Front End' }),
      testJob(4, { job_title: 'Backend Developer' }),
    ];
    expect(idsFound(jobs, { ...recent, job_title_or: ['front end developer'] })).toEqual([3, 1]);
    expect(idsFound(jobs, { ...recent, job_title_or: ['FRONTEND developer', 'backend'] })).toEqual([4, 2]);
  });

  it('excludes titles matching job_title_not and applies title patterns as case-insensitive regexes', () => {
    const jobs = [
      testJob(1, { job_title: 'React Developer' }),
      testJob(2, { job_title: 'React Native Developer' }),
      testJob(3, { job_title: 'Staff Engineer' }),
    ];
    expect(idsFound(jobs, { ...recent, job_title_or: ['react'], job_title_not: ['react native'] })).toEqual([
      1,
    ]);
    expect(idsFound(jobs, { ...recent, job_title_pattern_or: ['^react\\b'] })).toEqual([2, 1]);
    expect(idsFound(jobs, { ...recent, job_title_pattern_not: ['native|staff'] })).toEqual([1]);
  });

  it('matches location patterns against the location strings and the names in locations[]', () => {
    const berlin = testJob(1, {
      location: 'Berlin',
      long_location: 'Berlin, Germany',
      country_code: 'DE',
      country_codes: ['DE'],
      locations: [
        {
          display_name: 'Berlin, Germany',
          name: 'Berlin',
          admin1_name: 'Land Berlin',
          country_name: 'Germany',
        },
      ],
    });
    const remote = testJob(2, {
      location: 'Remote',
      long_location: 'Remote, Germany',
      remote: true,
      locations: [],
    });
    const onlyInLocations = testJob(3, {
      location: null,
      long_location: null,
      locations: [{ display_name: 'Somewhere', name: 'Hamburg', country_name: 'Germany' }],
    });
    const jobs = [berlin, remote, onlyInLocations];
    expect(idsFound(jobs, { ...recent, job_location_pattern_or: ['land berlin'] })).toEqual([1]);
    expect(idsFound(jobs, { ...recent, job_location_pattern_or: ['^remote'] })).toEqual([2]);
    expect(idsFound(jobs, { ...recent, job_location_pattern_or: ['hamburg', 'berlin'] })).toEqual([3, 1]);
    expect(idsFound(jobs, { ...recent, job_country_code_or: ['DE'] })).toEqual([1]);
  });

  it('filters by posting age, inclusive date bounds, remote flag, slugs, ids, seniority and company', () => {
    const jobs = [
      testJob(1, { date_posted: '2026-04-10', remote: true, technology_slugs: ['react'] }),
      testJob(2, { date_posted: '2026-04-09', seniority: 'senior' }),
      testJob(3, {
        date_posted: '2026-04-03',
        company_object: { id: 'globex', name: 'Globex', domain: 'globex.example' },
      }),
      testJob(4, { date_posted: '2026-03-01' }),
    ];
    expect(idsFound(jobs, { posted_at_max_age_days: 0 })).toEqual([1]);
    expect(idsFound(jobs, { posted_at_max_age_days: 1 })).toEqual([1, 2]);
    expect(idsFound(jobs, { posted_at_gte: '2026-04-03', posted_at_lte: '2026-04-09' })).toEqual([2, 3]);
    expect(idsFound(jobs, { ...recent, remote: true })).toEqual([1]);
    expect(idsFound(jobs, { ...recent, remote: false })).toEqual([2, 3]);
    expect(idsFound(jobs, { ...recent, remote: null })).toEqual([1, 2, 3]);
    expect(idsFound(jobs, { ...recent, job_technology_slug_or: ['react', 'golang'] })).toEqual([1]);
    expect(idsFound(jobs, { ...recent, job_id_not: [1, 3] })).toEqual([2]);
    expect(idsFound(jobs, { ...recent, job_seniority_or: ['senior'] })).toEqual([2]);
    expect(idsFound(jobs, { company_domain_or: ['GLOBEX.example'] })).toEqual([3]);
    expect(idsFound(jobs, { company_name_or: ['Acme'], posted_at_gte: '2026-04-09' })).toEqual([1, 2]);
  });

  it('orders by date_posted descending, then id descending, and pages from 0 with offset taking precedence', () => {
    const jobs = [5, 3, 9, 1, 7].map((id) =>
      testJob(id, { date_posted: id > 4 ? '2026-04-10' : '2026-04-08' }),
    );
    const corpus = createStaticJobCorpus(jobs, fixedClock(FIXED_NOW));
    const page = (request: TheirStackJobSearchRequest) =>
      searchJobCorpus(corpus, { ...recent, ...request }).data.map((job) => job.id);
    expect(page({ limit: 10 })).toEqual([9, 7, 5, 3, 1]);
    expect(page({ limit: 2, page: 0 })).toEqual([9, 7]);
    expect(page({ limit: 2, page: 1 })).toEqual([5, 3]);
    expect(page({ limit: 2, page: 2 })).toEqual([1]);
    expect(page({ limit: 2, offset: 3 })).toEqual([3, 1]);
    expect(page({ limit: 2, offset: 1, page: 2 })).toEqual([7, 5]);
    expect(page({ limit: 2, offset: 0, page: 1 })).toEqual([5, 3]);
  });

  it('reports totals only when asked', () => {
    const jobs = [testJob(1), testJob(2, { company_object: { id: 'globex', name: 'Globex' } }), testJob(3)];
    const corpus = createStaticJobCorpus(jobs, fixedClock(FIXED_NOW));
    const withTotals = searchJobCorpus(corpus, { ...recent, limit: 1, include_total_results: true });
    expect(withTotals.metadata).toEqual({
      total_results: 3,
      total_companies: 2,
      truncated_results: 0,
      truncated_companies: 0,
    });
    expect(searchJobCorpus(corpus, { ...recent, limit: 1 }).metadata.total_results).toBeNull();
  });

  it('masks the employer, links and description in preview mode, and returns copies', () => {
    const original = testJob(1);
    const corpus = createStaticJobCorpus([original], fixedClock(FIXED_NOW));
    const [blurred] = searchJobCorpus(corpus, { ...recent, blur_company_data: true }).data;
    expect(blurred).toMatchObject({
      has_blurred_data: true,
      description: null,
      url: null,
      source_url: null,
      company: BLURRED_TEXT,
      company_domain: null,
      company_object: { name: BLURRED_TEXT, domain: null, linkedin_url: null },
      job_title: 'Software Engineer',
      technology_slugs: ['python'],
    });
    const [plain] = searchJobCorpus(corpus, recent).data;
    plain!.technology_slugs!.push('changed');
    expect(original.technology_slugs).toEqual(['python']);
  });

  it('includes undated postings only in searches without date bounds', () => {
    const jobs = [testJob(1, { date_posted: null }), testJob(2)];
    expect(idsFound(jobs, recent)).toEqual([2]);
    expect(idsFound(jobs, { company_name_or: ['Acme'] })).toEqual(expect.arrayContaining([1, 2]));
  });
});
