import { describe, expect, it } from 'vitest';
import { SkillNormalizer } from '../../skills/index.js';
import type { TheirStackJob } from '../../theirstack/theirstack.types.js';
import { mapTheirStackJob } from './index.js';
import { type TheirStackJobContext } from './theirstack-job.mapper.js';

/** The example job of shared/spec/theirstack-api.md §8, as the API sends it. */
function specExampleJob(): TheirStackJob {
  return {
    id: 657542775,
    job_title: 'Security Engineer',
    url: 'https://www.linkedin.com/jobs/view/4376307656',
    final_url: null,
    source_url: 'https://www.linkedin.com/jobs/view/4376307656',
    date_posted: '2026-04-05',
    discovered_at: '2026-04-05T09:12:44',
    has_blurred_data: false,
    company: 'Agoda',
    company_domain: 'agoda.com',
    location: 'Toronto',
    country_code: 'CA',
    country_codes: ['CA'],
    remote: false,
    hybrid: false,
    seniority: 'mid_level',
    employment_statuses: ['full_time'],
    salary_string: '$150,000 - $180,000',
    min_annual_salary_usd: 150000,
    max_annual_salary_usd: 180000,
    avg_annual_salary_usd: 165000,
    salary_currency: 'USD',
    technology_slugs: [
      'amazon-web-services',
      'google-cloud-platform',
      'terraform',
      'kubernetes',
      'golang',
      'typescript',
    ],
    description: '**About Agoda** …',
    locations: [
      {
        id: 6167865,
        name: 'Toronto',
        type: 'city',
        country_code: 'CA',
        display_name: 'Toronto, Ontario, Canada',
        country_name: 'Canada',
      },
    ],
    company_object: {
      id: 'agoda',
      name: 'Agoda',
      domain: 'agoda.com',
      employee_count: 11183,
      has_blurred_data: false,
      technology_slugs: ['python', 'react', 'kubernetes'],
    },
  };
}

/** The least the API guarantees: the required keys, with nothing else known. */
function bareJob(overrides: Partial<TheirStackJob> = {}): TheirStackJob {
  return {
    id: 1001,
    job_title: 'Backend Developer',
    url: 'https://jobs.example.com/1001',
    date_posted: null,
    discovered_at: '2026-04-01T00:00:00',
    company: null,
    source_url: null,
    company_object: { id: 'x', name: '' },
    ...overrides,
  };
}

/** A job as read from JSON, where the declared types may not hold. */
function untypedJob(fields: Record<string, unknown>): TheirStackJob {
  return { ...bareJob(), ...fields } as unknown as TheirStackJob;
}

const seenAt = new Date('2026-04-07T18:30:00Z');
const context: TheirStackJobContext = {
  role: 'Sr. Security Engineer',
  searchLocation: ' Canada ',
  source: 'theirstack',
  seenAt,
  skills: new SkillNormalizer(),
};

function mapped(job: TheirStackJob, overrides: Partial<TheirStackJobContext> = {}) {
  const posting = mapTheirStackJob(job, { ...context, ...overrides });
  if (!posting) throw new Error('expected the job to map');
  return posting;
}

describe('mapTheirStackJob', () => {
  it('maps the example job of the API spec', () => {
    expect(mapTheirStackJob(specExampleJob(), context)).toEqual({
      sourceKey: 'theirstack:657542775',
      source: 'theirstack',
      externalId: '657542775',
      title: 'Security Engineer',
      company: 'Agoda',
      companyDomain: 'agoda.com',
      location: 'Toronto, Ontario, Canada',
      city: 'Toronto',
      region: 'Ontario',
      country: 'Canada',
      countryCode: 'CA',
      description: '**About Agoda** …',
      url: 'https://www.linkedin.com/jobs/view/4376307656',
      datePosted: new Date('2026-04-05T00:00:00Z'),
      postedDay: '2026-04-05',
      minAnnualSalaryUsd: 150000,
      maxAnnualSalaryUsd: 180000,
      remote: false,
      hybrid: false,
      seniority: 'mid_level',
      employmentStatuses: ['full_time'],
      technologySlugs: specExampleJob().technology_slugs,
      skills: ['aws', 'gcp', 'terraform', 'kubernetes', 'go', 'typescript'],
      coordinates: null,
      role: 'security engineer',
      searchLocation: 'Canada',
      seenAt,
    });
  });

  describe('source key', () => {
    it('keys demo postings under the demo source', () => {
      expect(mapped(specExampleJob(), { source: 'demo' }).sourceKey).toBe('demo:657542775');
    });

    it('falls back to the URL when the id is missing or invalid', () => {
      for (const id of [undefined, null, 0, -5, 1.5, Number.NaN, 'abc', '']) {
        const posting = mapped(untypedJob({ id }));
        expect(posting.sourceKey).toBe('url:https://jobs.example.com/1001');
        expect(posting.externalId).toBeNull();
      }
    });

    it('accepts an id sent as a numeric string', () => {
      expect(mapped(untypedJob({ id: '42' })).sourceKey).toBe('theirstack:42');
    });

    it('keys by id when the job has no URL at all', () => {
      const posting = mapped(bareJob({ url: null, final_url: null, source_url: null }));
      expect(posting.sourceKey).toBe('theirstack:1001');
      expect(posting.url).toBeNull();
    });

    it('skips a job with neither id nor URL', () => {
      expect(
        mapTheirStackJob(untypedJob({ id: null, url: null, final_url: null, source_url: '  ' }), context),
      ).toBeNull();
    });
  });

  it('takes the URL from url, then final_url, then source_url', () => {
    expect(
      mapped(
        bareJob({ url: null, final_url: 'https://final.example/1', source_url: 'https://src.example/1' }),
      ).url,
    ).toBe('https://final.example/1');
    expect(mapped(bareJob({ url: ' ', final_url: null, source_url: 'https://src.example/1' })).url).toBe(
      'https://src.example/1',
    );
  });

  describe('company', () => {
    it('prefers company_object, then the flat fields, then Unknown Company', () => {
      expect(mapped(bareJob({ company: 'Flat Co', company_domain: 'FLAT.example' }))).toMatchObject({
        company: 'Flat Co',
        companyDomain: 'flat.example',
      });
      expect(mapped(bareJob())).toMatchObject({ company: 'Unknown Company', companyDomain: null });
    });

    it('does not keep the masked company of a preview-mode (blurred) job', () => {
      const job: TheirStackJob = {
        ...specExampleJob(),
        has_blurred_data: true,
        description: null,
        url: null,
        final_url: null,
        source_url: null,
        company: '********',
        company_domain: null,
        company_object: { id: 'agoda', name: '********', domain: null, has_blurred_data: true },
      };
      expect(mapped(job)).toMatchObject({
        sourceKey: 'theirstack:657542775',
        company: 'Unknown Company',
        companyDomain: null,
        url: null,
        description: '',
        countryCode: 'CA',
        skills: ['aws', 'gcp', 'terraform', 'kubernetes', 'go', 'typescript'],
      });
    });

    it('treats an all-asterisk name as masked even without the blur flag', () => {
      expect(mapped(bareJob({ company: '****', company_object: { id: 'x', name: '*****' } })).company).toBe(
        'Unknown Company',
      );
    });
  });

  describe('dates', () => {
    it('parses date_posted as UTC midnight and counts the posting on that day', () => {
      const posting = mapped(bareJob({ date_posted: '2026-02-28' }));
      expect(posting.datePosted?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
      expect(posting.postedDay).toBe('2026-02-28');
    });

    it('ignores a time after the date', () => {
      expect(mapped(bareJob({ date_posted: '2026-02-28T23:59:59' })).postedDay).toBe('2026-02-28');
    });

    it('gives null for missing or impossible dates and counts the day it was seen', () => {
      for (const date_posted of [null, '', 'yesterday', '2026-02-30', '2026-13-01', '05/04/2026', 20260405]) {
        const posting = mapped(untypedJob({ date_posted }));
        expect(posting.datePosted).toBeNull();
        expect(posting.postedDay).toBe('2026-04-07');
      }
    });
  });

  describe('salary', () => {
    it('rounds to whole dollars', () => {
      expect(
        mapped(bareJob({ min_annual_salary_usd: 99999.6, max_annual_salary_usd: 120000.4 })),
      ).toMatchObject({
        minAnnualSalaryUsd: 100000,
        maxAnnualSalaryUsd: 120000,
      });
    });

    it('swaps a minimum above the maximum', () => {
      expect(mapped(bareJob({ min_annual_salary_usd: 180000, max_annual_salary_usd: 150000 }))).toMatchObject(
        {
          minAnnualSalaryUsd: 150000,
          maxAnnualSalaryUsd: 180000,
        },
      );
    });

    it('keeps one side when only one is known, and drops missing or non-positive values', () => {
      expect(mapped(bareJob({ min_annual_salary_usd: 70000 }))).toMatchObject({
        minAnnualSalaryUsd: 70000,
        maxAnnualSalaryUsd: null,
      });
      expect(mapped(untypedJob({ min_annual_salary_usd: 0, max_annual_salary_usd: -1 }))).toMatchObject({
        minAnnualSalaryUsd: null,
        maxAnnualSalaryUsd: null,
      });
      expect(
        mapped(
          untypedJob({ min_annual_salary_usd: '90000', max_annual_salary_usd: Number.POSITIVE_INFINITY }),
        ),
      ).toMatchObject({
        minAnnualSalaryUsd: null,
        maxAnnualSalaryUsd: null,
      });
    });
  });

  describe('location', () => {
    it('reads region and country from locations[0]', () => {
      const posting = mapped(
        bareJob({
          country_code: null,
          locations: [
            {
              name: 'Austin',
              type: 'city',
              admin1_name: 'Texas',
              country_name: 'United States',
              country_code: 'us',
              display_name: 'Austin, Texas, United States',
              latitude: 30.27,
              longitude: -97.74,
            },
          ],
        }),
      );
      expect(posting).toMatchObject({
        location: 'Austin, Texas, United States',
        city: 'Austin',
        region: 'Texas',
        country: 'United States',
        countryCode: 'US',
        coordinates: { latitude: 30.27, longitude: -97.74 },
      });
    });

    it('does not call a region-level location a city', () => {
      const posting = mapped(
        bareJob({
          locations: [
            { name: 'Bavaria', type: 'region', country_name: 'Germany', display_name: 'Bavaria, Germany' },
          ],
        }),
      );
      expect(posting).toMatchObject({ city: null, region: 'Bavaria', country: 'Germany', countryCode: 'DE' });
    });

    it('reads display_name when locations[0] has no parts', () => {
      const posting = mapped(
        bareJob({ locations: [{ display_name: 'Lyon, Auvergne-Rhône-Alpes, France', country_name: null }] }),
      );
      expect(posting).toMatchObject({
        location: 'Lyon, Auvergne-Rhône-Alpes, France',
        city: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        countryCode: 'FR',
      });
    });

    it('falls back to long_location', () => {
      expect(mapped(bareJob({ long_location: 'Bengaluru, Karnataka, India' }))).toMatchObject({
        location: 'Bengaluru, Karnataka, India',
        city: 'Bengaluru',
        region: 'Karnataka',
        country: 'India',
        countryCode: 'IN',
      });
    });

    it('falls back to the flat fields, naming the country from its code', () => {
      expect(mapped(bareJob({ location: 'Milwaukee', state_code: 'WI', country_code: 'US' }))).toMatchObject({
        location: 'Milwaukee, WI, United States',
        city: 'Milwaukee',
        region: 'WI',
        country: 'United States',
        countryCode: 'US',
      });
      expect(mapped(bareJob({ location: 'Kyiv', country: 'Ukraine' }))).toMatchObject({
        location: 'Kyiv, Ukraine',
        countryCode: 'UA',
      });
      expect(mapped(bareJob({ short_location: 'Indianapolis, IN' }))).toMatchObject({
        location: 'Indianapolis, IN, United States',
        countryCode: 'US',
      });
    });

    it('says Unknown when no location is given', () => {
      expect(mapped(bareJob())).toMatchObject({
        location: 'Unknown',
        city: null,
        region: null,
        country: null,
        countryCode: null,
        coordinates: null,
      });
    });

    it('ignores a malformed country code', () => {
      expect(
        mapped(bareJob({ location: 'Zürich', country: 'Switzerland', country_code: 'Swiss' })).countryCode,
      ).toBe('CH');
    });

    it('takes coordinates from the job before locations[0], only when both are finite', () => {
      const located = (job: Partial<TheirStackJob>) =>
        mapped(
          bareJob({
            ...job,
            locations: [
              { display_name: 'Paris, France', country_name: 'France', latitude: 48.85, longitude: 2.35 },
            ],
          }),
        ).coordinates;
      expect(located({ latitude: 1, longitude: 2 })).toEqual({ latitude: 1, longitude: 2 });
      expect(located({ latitude: 1, longitude: null })).toEqual({ latitude: 48.85, longitude: 2.35 });
      expect(mapped(untypedJob({ latitude: Number.NaN, longitude: 2 })).coordinates).toBeNull();
      expect(mapped(untypedJob({ latitude: '1', longitude: '2' })).coordinates).toBeNull();
    });

    it('keeps remote and hybrid only when they are booleans', () => {
      expect(mapped(bareJob({ remote: true, hybrid: null }))).toMatchObject({ remote: true, hybrid: null });
      expect(mapped(untypedJob({ remote: 'yes' }))).toMatchObject({ remote: null, hybrid: null });
    });
  });

  describe('skills and slugs', () => {
    it('lower-cases, trims and deduplicates the slugs as received, and normalises them to skills', () => {
      const posting = mapped(
        untypedJob({
          technology_slugs: [' Python ', 'python', 'AWS', 'amazon-web-services', '', 7, 'nodejs'],
        }),
      );
      expect(posting.technologySlugs).toEqual(['python', 'aws', 'amazon-web-services', 'nodejs']);
      expect(posting.skills).toEqual(['python', 'aws', 'nodejs']);
    });

    it('gives empty lists when the job has no slugs', () => {
      expect(mapped(bareJob({ technology_slugs: null }))).toMatchObject({ technologySlugs: [], skills: [] });
    });
  });

  it('stores the normalised role and the trimmed search location', () => {
    const posting = mapped(specExampleJob(), { role: 'Back-end Engineer II', searchLocation: '' });
    expect(posting.role).toBe('backend engineer');
    expect(posting.searchLocation).toBe('');
  });

  it('falls back to the normalised title, then the searched role, for a missing title', () => {
    expect(mapped(untypedJob({ job_title: '', normalized_title: 'Data Engineer' })).title).toBe(
      'Data Engineer',
    );
    expect(mapped(untypedJob({ job_title: null })).title).toBe('Sr. Security Engineer');
  });

  it('keeps the description markdown as sent, else an empty string', () => {
    expect(mapped(bareJob({ description: '## Role\n\n- Build  APIs' })).description).toBe(
      '## Role\n\n- Build  APIs',
    );
    expect(mapped(bareJob({ description: null })).description).toBe('');
  });
});
