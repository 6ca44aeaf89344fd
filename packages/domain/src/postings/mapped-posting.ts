import type { PostingSource } from './job-posting.model.js';

/**
 * A posting as read from a source, before it is merged into the collection:
 * the searched role and location are single values here; the repository
 * adds them to the stored posting's `roles` / `searchLocations`.
 */
export interface MappedPosting {
  sourceKey: string;
  source: PostingSource;
  externalId: string | null;
  title: string;
  company: string;
  companyDomain: string | null;
  location: string;
  city: string | null;
  region: string | null;
  country: string | null;
  countryCode: string | null;
  description: string;
  url: string | null;
  datePosted: Date | null;
  /** YYYY-MM-DD (UTC) of datePosted, else of seenAt. */
  postedDay: string;
  minAnnualSalaryUsd: number | null;
  maxAnnualSalaryUsd: number | null;
  remote: boolean | null;
  hybrid: boolean | null;
  seniority: string | null;
  employmentStatuses: string[];
  technologySlugs: string[];
  skills: string[];
  coordinates: { latitude: number; longitude: number } | null;
  /** normalizeRole() of the role searched for. */
  role: string;
  /** The location text searched for, or '' when the search had no location filter. */
  searchLocation: string;
  seenAt: Date;
}
