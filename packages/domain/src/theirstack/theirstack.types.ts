/**
 * The parts of TheirStack's Jobs API (POST /v1/jobs/search) this system uses.
 * Field names are the API's own; see shared/spec/theirstack-api.md.
 */

/** Request body fields we send; the API rejects unknown keys. */
export interface TheirStackJobSearchRequest {
  page?: number;
  offset?: number;
  limit?: number;
  include_total_results?: boolean;
  blur_company_data?: boolean;
  job_title_or?: string[];
  job_title_not?: string[];
  job_title_pattern_or?: string[];
  job_title_pattern_not?: string[];
  job_country_code_or?: string[];
  job_location_pattern_or?: string[];
  posted_at_max_age_days?: number | null;
  posted_at_gte?: string | null;
  posted_at_lte?: string | null;
  remote?: boolean | null;
  job_technology_slug_or?: string[];
  job_id_not?: number[];
  job_id_or?: number[];
  job_seniority_or?: Array<NonNullable<TheirStackJob['seniority']>>;
  /** Date (YYYY-MM-DD) or naive UTC datetime; does not satisfy the required-filter rule. */
  discovered_at_gte?: string | null;
  company_domain_or?: string[];
  company_name_or?: string[];
  company_linkedin_url_or?: string[];
}

export interface TheirStackLocation {
  display_name: string;
  country_name: string | null;
  id?: number;
  name?: string | null;
  type?: 'city' | 'region' | 'country' | 'continent' | null;
  country_code?: string | null;
  admin1_name?: string | null;
  admin1_code?: string | null;
  continent?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface TheirStackCompany {
  id: string;
  name: string;
  domain?: string | null;
  url?: string | null;
  linkedin_url?: string | null;
  industry?: string | null;
  country?: string | null;
  employee_count?: number | null;
  technology_slugs?: string[];
  has_blurred_data?: boolean;
}

export interface TheirStackJob {
  id: number;
  job_title: string;
  url: string | null;
  final_url?: string | null;
  source_url?: string | null;
  date_posted: string | null;
  discovered_at: string;
  company: string | null;
  company_domain?: string | null;
  company_object: TheirStackCompany;
  has_blurred_data?: boolean;
  location?: string | null;
  short_location?: string | null;
  long_location?: string | null;
  state_code?: string | null;
  country?: string | null;
  country_code?: string | null;
  country_codes?: string[] | null;
  cities?: string[] | null;
  latitude?: number | null;
  longitude?: number | null;
  remote?: boolean | null;
  hybrid?: boolean | null;
  locations?: TheirStackLocation[] | null;
  salary_string?: string | null;
  min_annual_salary_usd?: number | null;
  max_annual_salary_usd?: number | null;
  avg_annual_salary_usd?: number | null;
  salary_currency?: string | null;
  seniority?: 'c_level' | 'staff' | 'senior' | 'junior' | 'mid_level' | null;
  employment_statuses?: string[] | null;
  technology_slugs?: string[] | null;
  description?: string | null;
  normalized_title?: string | null;
}

export interface TheirStackJobSearchResponse {
  metadata: {
    total_results: number | null;
    total_companies?: number | null;
    truncated_results?: number | null;
    truncated_companies?: number | null;
  };
  data: TheirStackJob[];
}

/** TheirStack's error body, shared by 400/402/422/500 (and assumed for 401/403/429). */
export interface TheirStackErrorBody {
  request_id?: number | null;
  error: { code: string | null; title: string; description: string | null };
}
