import { normalizeRole } from '../../roles/index.js';
import type { SkillNormalizer } from '../../skills/index.js';
import type { TheirStackJob } from '../../theirstack/index.js';
import type { PostingSource } from '../job-posting.model.js';
import type { MappedPosting } from '../mapped-posting.js';
import { jobPlace, textOrNull } from './theirstack-job-place.js';

export interface TheirStackJobContext {
  /** The role searched for, as requested; stored as its normalizeRole() key. */
  readonly role: string;
  /** The location text searched for, '' when the search had no location filter. */
  readonly searchLocation: string;
  readonly source: PostingSource;
  readonly seenAt: Date;
  /** The process's skill normaliser (createDomain's), which remembers the technology slugs. */
  readonly skills: SkillNormalizer;
}

export const UNKNOWN_COMPANY = 'Unknown Company';

/** TheirStack ids are positive integers; the JSON may carry one as a string. */
function externalIdOf(id: unknown): string | null {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0 ? String(id) : null;
  if (typeof id === 'string' && /^\d+$/.test(id.trim()) && !/^0+$/.test(id.trim())) return id.trim();
  return null;
}

/** Preview mode withholds the links and the description (see theirstack-api.md §4). */
function urlOf(job: TheirStackJob): string | null {
  if (job.has_blurred_data === true) return null;
  return textOrNull(job.url) ?? textOrNull(job.final_url) ?? textOrNull(job.source_url);
}

/** Preview mode masks names, e.g. with asterisks; a masked name is no name. */
function unmaskedText(value: unknown): string | null {
  const text = textOrNull(value);
  return text && !/^[*\s]+$/.test(text) ? text : null;
}

function companyOf(job: TheirStackJob): Pick<MappedPosting, 'company' | 'companyDomain'> {
  const company = job.company_object;
  const blurred = job.has_blurred_data === true || company?.has_blurred_data === true;
  if (blurred) return { company: UNKNOWN_COMPANY, companyDomain: null };
  return {
    company: unmaskedText(company?.name) ?? unmaskedText(job.company) ?? UNKNOWN_COMPANY,
    companyDomain:
      unmaskedText(company?.domain)?.toLowerCase() ?? unmaskedText(job.company_domain)?.toLowerCase() ?? null,
  };
}

const DATE_POSTED = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** `date_posted` (YYYY-MM-DD) as UTC midnight; null when absent or not a real date. */
function datePostedOf(value: unknown): Date | null {
  const match = typeof value === 'string' ? DATE_POSTED.exec(value.trim()) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}

/** The markdown as sent; preview mode replaces it with a placeholder, which is not a description. */
function descriptionOf(job: TheirStackJob): string {
  if (job.has_blurred_data === true || typeof job.description !== 'string') return '';
  return job.description;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function salaryOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}

function salaryRangeOf(job: TheirStackJob): Pick<MappedPosting, 'minAnnualSalaryUsd' | 'maxAnnualSalaryUsd'> {
  const min = salaryOrNull(job.min_annual_salary_usd);
  const max = salaryOrNull(job.max_annual_salary_usd);
  if (min !== null && max !== null && min > max) return { minAnnualSalaryUsd: max, maxAnnualSalaryUsd: min };
  return { minAnnualSalaryUsd: min, maxAnnualSalaryUsd: max };
}

function strings(values: unknown): string[] {
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

/** Lower-cased, trimmed, blanks dropped, first occurrence kept. */
function technologySlugsOf(job: TheirStackJob): string[] {
  return [...new Set(strings(job.technology_slugs).map((slug) => slug.trim().toLowerCase()))].filter(Boolean);
}

function booleanOrNull(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function sourceKeyOf(source: PostingSource, externalId: string | null, url: string | null): string | null {
  if (externalId) return `${source}:${externalId}`;
  return url ? `url:${url}` : null;
}

/**
 * A TheirStack job as a posting ready to merge into the collection, or null when it
 * has neither an id nor a URL to identify it by.
 */
export function mapTheirStackJob(job: TheirStackJob, context: TheirStackJobContext): MappedPosting | null {
  const externalId = externalIdOf(job.id);
  const url = urlOf(job);
  const sourceKey = sourceKeyOf(context.source, externalId, url);
  if (!sourceKey) return null;

  const technologySlugs = technologySlugsOf(job);
  const datePosted = datePostedOf(job.date_posted);
  return {
    sourceKey,
    source: context.source,
    externalId,
    title: textOrNull(job.job_title) ?? textOrNull(job.normalized_title) ?? context.role.trim(),
    ...companyOf(job),
    ...jobPlace(job),
    description: descriptionOf(job),
    url,
    datePosted,
    postedDay: utcDay(datePosted ?? context.seenAt),
    ...salaryRangeOf(job),
    remote: booleanOrNull(job.remote),
    hybrid: booleanOrNull(job.hybrid),
    seniority: textOrNull(job.seniority),
    employmentStatuses: strings(job.employment_statuses),
    technologySlugs,
    skills: context.skills.normalizeAll(technologySlugs),
    role: normalizeRole(context.role),
    searchLocation: context.searchLocation.trim(),
    seenAt: context.seenAt,
  };
}
