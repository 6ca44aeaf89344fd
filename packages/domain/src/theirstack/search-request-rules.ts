import { z } from 'zod';
import type { TheirStackJobSearchRequest } from './theirstack.types.js';

/**
 * TheirStack's rules for a job search body, in one place: the client checks
 * the cheap ones before spending a request, and the fake server and the
 * in-process demo source enforce all of them as the real API does.
 */

/** At least one of these must be set, or the API refuses the search. */
export const REQUIRED_FILTER_FIELDS = [
  'posted_at_max_age_days',
  'posted_at_gte',
  'posted_at_lte',
  'company_domain_or',
  'company_linkedin_url_or',
  'company_name_or',
] as const satisfies ReadonlyArray<keyof TheirStackJobSearchRequest>;

const COMPANY_IDENTIFIER_FIELDS = [
  'company_domain_or',
  'company_linkedin_url_or',
  'company_name_or',
] as const satisfies ReadonlyArray<keyof TheirStackJobSearchRequest>;

const strings = z.array(z.string());
const nonNegativeInt = z.int().min(0);
const isoDate = z.iso.date();

/** The documented fields this project uses; like the API, any other key is refused. */
export const searchRequestSchema: z.ZodType<TheirStackJobSearchRequest> = z.strictObject({
  page: nonNegativeInt.optional(),
  offset: nonNegativeInt.optional(),
  limit: z.int().min(1).optional(),
  include_total_results: z.boolean().optional(),
  blur_company_data: z.boolean().optional(),
  job_title_or: strings.optional(),
  job_title_not: strings.optional(),
  job_title_pattern_or: strings.optional(),
  job_title_pattern_not: strings.optional(),
  job_country_code_or: strings.optional(),
  job_location_pattern_or: strings.optional(),
  posted_at_max_age_days: nonNegativeInt.nullable().optional(),
  posted_at_gte: isoDate.nullable().optional(),
  posted_at_lte: isoDate.nullable().optional(),
  remote: z.boolean().nullable().optional(),
  job_technology_slug_or: strings.optional(),
  job_id_not: z.array(z.int()).optional(),
  job_id_or: z.array(z.int()).optional(),
  job_seniority_or: z.array(z.enum(['c_level', 'staff', 'senior', 'junior', 'mid_level'])).optional(),
  discovered_at_gte: z
    .union([isoDate, z.iso.datetime({ local: true, offset: true })])
    .nullable()
    .optional(),
  company_domain_or: strings.optional(),
  company_name_or: strings.optional(),
  company_linkedin_url_or: strings.optional(),
});

/** An error as the API reports it: the HTTP status plus the body's `error` object. */
export interface TheirStackApiProblem {
  readonly status: number;
  readonly code: string | null;
  readonly title: string;
  readonly description: string;
}

export type SearchRequestCheck =
  | { readonly ok: true; readonly request: TheirStackJobSearchRequest }
  | { readonly ok: false; readonly problem: TheirStackApiProblem };

function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !Array.isArray(value) || value.length > 0;
}

export function hasRequiredFilter(request: TheirStackJobSearchRequest): boolean {
  return REQUIRED_FILTER_FIELDS.some((field) => isSet(request[field]));
}

function validationError(description: string): TheirStackApiProblem {
  return { status: 422, code: null, title: 'Validation error', description };
}

/** A request the API refuses with 400 Bad Request. */
function refusal(title: string, description: string, code: string | null = null): SearchRequestCheck {
  return { ok: false, problem: { status: 400, code, title, description } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `Extra inputs are not permitted: ${issue.keys.join(', ')}`;
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}

/**
 * Checks that hold for any caller: known fields with the right types, and
 * the required date or company filter. Returns the problem the API would report.
 */
export function checkSearchRequestShape(body: unknown): SearchRequestCheck {
  const parsed = searchRequestSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, problem: validationError(parsed.error.issues.map(describeIssue).join('; ')) };
  }
  if (!hasRequiredFilter(parsed.data)) {
    return {
      ok: false,
      problem: validationError(`At least one of ${REQUIRED_FILTER_FIELDS.join(', ')} must be provided`),
    };
  }
  return { ok: true, request: parsed.data };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes ICU names that are not ISO 3166-1 countries: groupings, reservations and pseudo-regions. */
const NON_COUNTRY_REGIONS = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'QO',
  'TA',
  'UN',
  'XA',
  'XB',
]);

/** ISO 3166-1 alpha-2 (plus XK), upper-case. Aliases such as UK (for GB) are refused, as ICU renames them. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NON_COUNTRY_REGIONS.has(code)) return false;
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

/** RE2 (what TheirStack evaluates patterns with) has no lookaround and no backreferences. */
const NON_RE2_SYNTAX = /\(\?<?[=!]|\\[1-9]|\\k</;

/** Compiles a pattern the way the API matches it: case-insensitive, anywhere in the text. */
export function compileApiPattern(pattern: string): RegExp | undefined {
  if (NON_RE2_SYNTAX.test(pattern)) return undefined;
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return undefined;
  }
}

function findInvalidPattern(request: TheirStackJobSearchRequest): string | undefined {
  const patterns = [
    ...(request.job_title_pattern_or ?? []),
    ...(request.job_title_pattern_not ?? []),
    ...(request.job_location_pattern_or ?? []),
  ];
  return patterns.find((pattern) => compileApiPattern(pattern) === undefined);
}

/** Everything the API checks before searching; the fake server and the demo source use this. */
export function checkSearchRequest(body: unknown): SearchRequestCheck {
  const shape = checkSearchRequestShape(body);
  if (!shape.ok) return shape;
  const { request } = shape;
  const badCountry = request.job_country_code_or?.find((code) => !isCountryCode(code));
  if (badCountry !== undefined) {
    return refusal(
      'Invalid country code exception',
      `'${badCountry}' is not an ISO 3166-1 alpha-2 country code`,
    );
  }
  const badPattern = findInvalidPattern(request);
  if (badPattern !== undefined) {
    return refusal(
      'Invalid re2 expression exception',
      `'${badPattern}' is not a valid RE2 regular expression`,
    );
  }
  if (request.blur_company_data && COMPANY_IDENTIFIER_FIELDS.some((field) => isSet(request[field]))) {
    return refusal(
      'Not allowed exception',
      'blur_company_data cannot be combined with company name, domain or LinkedIn filters',
      'E-001',
    );
  }
  return shape;
}
