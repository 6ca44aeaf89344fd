import type { PostingSource } from '../postings/index.js';

/**
 * What one posting adds to the rollups. Stored on the posting as the value
 * last applied, so a re-seen posting contributes only its difference.
 */
export interface PostingContribution {
  day: string;
  roles: string[];
  skills: string[];
  countryCode: string | null;
  remote: RemoteBucket;
  location: string;
  salaryMin: number | null;
  salaryMax: number | null;
  source: PostingSource;
}

export type RemoteBucket = 'yes' | 'no' | 'unknown';

export interface ContributingPosting {
  postedDay: string;
  roles: readonly string[];
  skills: readonly string[];
  countryCode: string | null;
  remote: boolean | null;
  location: string;
  minAnnualSalaryUsd: number | null;
  maxAnnualSalaryUsd: number | null;
  source: PostingSource;
}

export function remoteBucketOf(remote: boolean | null): RemoteBucket {
  if (remote === null) return 'unknown';
  return remote ? 'yes' : 'no';
}

const sortedUnique = (values: readonly string[]) => [...new Set(values)].sort();

export function contributionOf(posting: ContributingPosting): PostingContribution {
  const salaried = posting.minAnnualSalaryUsd !== null && posting.maxAnnualSalaryUsd !== null;
  return {
    day: posting.postedDay,
    roles: sortedUnique(posting.roles),
    skills: sortedUnique(posting.skills),
    countryCode: posting.countryCode,
    remote: remoteBucketOf(posting.remote),
    location: posting.location,
    salaryMin: salaried ? posting.minAnnualSalaryUsd : null,
    salaryMax: salaried ? posting.maxAnnualSalaryUsd : null,
    source: posting.source,
  };
}

export function sameContribution(a: PostingContribution | null, b: PostingContribution | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.day === b.day &&
    a.countryCode === b.countryCode &&
    a.remote === b.remote &&
    a.location === b.location &&
    a.salaryMin === b.salaryMin &&
    a.salaryMax === b.salaryMax &&
    a.source === b.source &&
    a.roles.join('\n') === b.roles.join('\n') &&
    a.skills.join('\n') === b.skills.join('\n')
  );
}
