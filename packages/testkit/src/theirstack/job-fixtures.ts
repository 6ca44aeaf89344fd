import type { TheirStackJob } from '@career-navigator/domain/internal';

/** The instant hand-written postings are searched at; "today" is 2026-04-10. */
export const FIXED_NOW = new Date('2026-04-10T12:00:00Z');

/** A complete, plain posting in New York; tests override what they are about. */
export function testJob(id: number, overrides: Partial<TheirStackJob> = {}): TheirStackJob {
  return {
    id,
    job_title: 'Software Engineer',
    url: `https://careers.acme.example/jobs/${id}`,
    source_url: `https://careers.acme.example/jobs/${id}`,
    date_posted: '2026-04-10',
    discovered_at: '2026-04-10T08:00:00',
    company: 'Acme',
    company_domain: 'acme.example',
    company_object: {
      id: 'acme',
      name: 'Acme',
      domain: 'acme.example',
      linkedin_url: 'https://www.linkedin.com/company/acme',
    },
    location: 'New York',
    long_location: 'New York, New York, United States',
    country_code: 'US',
    country_codes: ['US'],
    locations: [
      {
        display_name: 'New York, New York, United States',
        name: 'New York',
        admin1_name: 'New York',
        country_name: 'United States',
        country_code: 'US',
        type: 'city',
      },
    ],
    remote: false,
    hybrid: false,
    seniority: 'mid_level',
    technology_slugs: ['python'],
    description: 'Build things with Python.',
    ...overrides,
  };
}
