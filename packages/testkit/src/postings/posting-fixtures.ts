import type { MappedPosting } from '@career-navigator/domain/internal';

/** A realistic posting as a collection would map it; tests override what they exercise. */
export function mappedPosting(id: number, overrides: Partial<MappedPosting> = {}): MappedPosting {
  return {
    sourceKey: `theirstack:${id}`,
    source: 'theirstack',
    externalId: String(id),
    title: 'Backend Engineer',
    company: 'Acme',
    companyDomain: 'acme.example',
    location: 'Berlin, Germany',
    city: 'Berlin',
    region: null,
    country: 'Germany',
    countryCode: 'DE',
    description: 'Build APIs',
    url: `https://jobs.example/${id}`,
    datePosted: new Date('2026-11-18T00:00:00Z'),
    postedDay: '2026-11-18',
    minAnnualSalaryUsd: 70_000,
    maxAnnualSalaryUsd: 90_000,
    remote: false,
    hybrid: null,
    seniority: null,
    employmentStatuses: ['full_time'],
    technologySlugs: ['python', 'postgresql'],
    skills: ['python', 'postgresql'],
    coordinates: null,
    role: 'backend engineer',
    searchLocation: 'Germany',
    seenAt: new Date('2026-11-20T02:00:00Z'),
    ...overrides,
  };
}
