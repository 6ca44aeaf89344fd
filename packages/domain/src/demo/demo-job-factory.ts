import type { TheirStackCompany, TheirStackJob } from '../theirstack/index.js';
import { createDemoCompanies, type DemoCompany } from './demo-companies.js';
import { describeJob, withThousandsSeparators } from './demo-job-description.js';
import { placeJob } from './demo-job-places.js';
import { DEMO_COUNTRIES, type DemoCountry } from './demo-locations.js';
import { DEMO_ROLES, type DemoRoleProfile, type DemoTitleVariant } from './demo-roles.js';
import { hashIntegers, SeededRandom, WeightedChoice } from './seeded-random.js';

type Seniority = NonNullable<TheirStackJob['seniority']>;

interface SeniorityLevel {
  readonly seniority: Seniority | null;
  readonly share: number;
  readonly titlePrefixes: readonly string[];
  readonly salaryFactor: number;
  readonly minimumYears: number;
}

const SENIORITY_LEVELS: readonly SeniorityLevel[] = [
  {
    seniority: 'junior',
    share: 0.15,
    titlePrefixes: ['Junior ', 'Associate ', 'Entry Level '],
    salaryFactor: 0.72,
    minimumYears: 0,
  },
  { seniority: 'mid_level', share: 0.38, titlePrefixes: [''], salaryFactor: 1, minimumYears: 3 },
  {
    seniority: 'senior',
    share: 0.32,
    titlePrefixes: ['Senior ', 'Sr. '],
    salaryFactor: 1.3,
    minimumYears: 5,
  },
  {
    seniority: 'staff',
    share: 0.1,
    titlePrefixes: ['Staff ', 'Principal ', 'Lead '],
    salaryFactor: 1.6,
    minimumYears: 8,
  },
  { seniority: null, share: 0.05, titlePrefixes: [''], salaryFactor: 1, minimumYears: 2 },
];

const TEAMS = [
  'Payments',
  'Platform',
  'Growth',
  'Infrastructure',
  'Search',
  'Data Platform',
  'Checkout',
  'Identity',
  'Developer Experience',
  'Risk',
  'Marketplace',
  'Core Services',
] as const;

/** Job ids start here so they look like TheirStack's nine-digit ids. */
const FIRST_JOB_ID = 100_000_000;

/** A title variant with the role's skill odds already merged with the variant's overrides. */
interface PreparedTitle {
  readonly variant: DemoTitleVariant;
  readonly skillOdds: ReadonlyArray<readonly [string, number]>;
}

interface PreparedRole {
  readonly profile: DemoRoleProfile;
  readonly titles: WeightedChoice<PreparedTitle>;
}

function prepareRole(profile: DemoRoleProfile): PreparedRole {
  const prepared = profile.titles.map((variant) => ({
    variant,
    skillOdds: Object.entries({ ...profile.skills, ...variant.skillOverrides }),
  }));
  return { profile, titles: new WeightedChoice(prepared, (title) => title.variant.weight) };
}

function demoJobId(index: number): number {
  return FIRST_JOB_ID + index;
}

/** Builds postings from (seed, index); the same pair always yields the same posting. */
export class DemoJobFactory {
  private readonly roles = new WeightedChoice(DEMO_ROLES.map(prepareRole), (role) => role.profile.demand);
  private readonly countries = new WeightedChoice(DEMO_COUNTRIES, (country) => country.demand);
  private readonly citiesByCountry = new Map(
    DEMO_COUNTRIES.map((country) => [
      country.code,
      new WeightedChoice(country.cities, (city) => city.weight),
    ]),
  );
  private readonly seniorities = new WeightedChoice(SENIORITY_LEVELS, (level) => level.share);
  private readonly companies: WeightedChoice<DemoCompany>;
  private readonly companyObjects = new Map<string, TheirStackCompany>();

  constructor(private readonly seed: number) {
    this.companies = new WeightedChoice(createDemoCompanies(seed), (company) => company.hiringWeight);
  }

  /** One object per employer, shared by its postings to keep large corpora small. */
  private companyObjectOf(company: DemoCompany): TheirStackCompany {
    let object = this.companyObjects.get(company.id);
    if (!object) {
      object = {
        id: company.id,
        name: company.name,
        domain: company.domain,
        url: `https://${company.domain}`,
        linkedin_url: company.linkedinUrl,
        industry: company.industry,
        country: company.countryCode,
        employee_count: company.employeeCount,
        technology_slugs: [...company.technologySlugs],
        has_blurred_data: false,
      };
      this.companyObjects.set(company.id, object);
    }
    return object;
  }

  /** `postedOn` is the posting's date, YYYY-MM-DD. */
  build(index: number, postedOn: string): TheirStackJob {
    const random = new SeededRandom(hashIntegers(this.seed, index));
    const role = this.roles.pick(random);
    const title = role.titles.pick(random);
    const level = this.seniorities.pick(random);
    const company = this.companies.pick(random);
    const country = this.countries.pick(random);
    const city = this.citiesByCountry.get(country.code)!.pick(random);
    const remote = random.chance(role.profile.remoteShare);
    const hybrid = !remote && random.chance(role.profile.hybridShare / (1 - role.profile.remoteShare));
    const jobTitle = composeTitle(random, level, title.variant.title, remote);
    const technologySlugs = drawSkills(random, title.skillOdds);
    const salary = random.chance(country.salaryDisclosureRate)
      ? drawSalary(random, role.profile, level, country)
      : undefined;
    const id = demoJobId(index);
    const url = `https://careers.${company.domain}/jobs/${id}`;
    return {
      id,
      job_title: jobTitle,
      normalized_title: role.profile.role.toLowerCase(),
      url,
      final_url: url,
      source_url: url,
      date_posted: postedOn,
      discovered_at: `${postedOn}T${discoveryTimeOfDay(random)}`,
      company: company.name,
      company_domain: company.domain,
      company_object: this.companyObjectOf(company),
      has_blurred_data: false,
      ...placeJob(random, country, city, remote),
      remote,
      hybrid,
      seniority: level.seniority,
      employment_statuses: [drawEmploymentStatus(random, level)],
      technology_slugs: technologySlugs,
      salary_string: salary?.text ?? null,
      min_annual_salary_usd: salary?.minUsd ?? null,
      max_annual_salary_usd: salary?.maxUsd ?? null,
      avg_annual_salary_usd: salary ? (salary.minUsd + salary.maxUsd) / 2 : null,
      salary_currency: salary ? country.currency.code : null,
      description: describeJob(random, {
        company,
        role: role.profile,
        jobTitle,
        minimumYears: level.minimumYears,
        technologySlugs,
        place: remote ? `remotely from ${country.name}` : `in ${city.name}`,
        salaryText: salary?.text,
      }),
    };
  }
}

function composeTitle(
  random: SeededRandom,
  level: SeniorityLevel,
  baseTitle: string,
  remote: boolean,
): string {
  let title = `${random.pick(level.titlePrefixes)}${baseTitle}`;
  if (level.seniority === 'mid_level' && random.chance(0.1)) title += ' II';
  if (random.chance(0.18)) title += `, ${random.pick(TEAMS)}`;
  if (remote && random.chance(0.15)) title += ' (Remote)';
  return title;
}

function drawSkills(random: SeededRandom, odds: ReadonlyArray<readonly [string, number]>): string[] {
  const drawn = odds.filter(([, probability]) => random.chance(probability)).map(([slug]) => slug);
  if (drawn.length >= 2) return drawn;
  // Real postings always name a couple of tools; fall back to the role's most common ones.
  const mostCommon = [...odds].sort((left, right) => right[1] - left[1]).map(([slug]) => slug);
  return [...new Set([...drawn, ...mostCommon])].slice(0, 2);
}

interface DrawnSalary {
  readonly minUsd: number;
  readonly maxUsd: number;
  readonly text: string;
}

function drawSalary(
  random: SeededRandom,
  role: DemoRoleProfile,
  level: SeniorityLevel,
  country: DemoCountry,
): DrawnSalary {
  const [low, high] = role.usMidLevelSalary;
  const midpointUsd = (low + random.next() * (high - low)) * level.salaryFactor * country.salaryMultiplier;
  const halfSpread = 0.05 + random.next() * 0.1;
  const { perUsd, roundTo, symbol } = country.currency;
  const localMin = Math.round((midpointUsd * (1 - halfSpread) * perUsd) / roundTo) * roundTo;
  const localMax = Math.max(
    localMin + roundTo,
    Math.round((midpointUsd * (1 + halfSpread) * perUsd) / roundTo) * roundTo,
  );
  return {
    minUsd: Math.round(localMin / perUsd),
    maxUsd: Math.round(localMax / perUsd),
    text: `${symbol}${withThousandsSeparators(localMin)} - ${symbol}${withThousandsSeparators(localMax)}`,
  };
}

function drawEmploymentStatus(random: SeededRandom, level: SeniorityLevel): string {
  if (level.seniority === 'junior' && random.chance(0.2)) return 'internship';
  if (random.chance(0.06)) return 'contract';
  if (random.chance(0.02)) return 'part_time';
  return 'full_time';
}

/**
 * A day's postings are published whole at midnight UTC, so discovery times
 * fall in the first hour: otherwise a search early in the day would return
 * postings "discovered" in its future.
 */
function discoveryTimeOfDay(random: SeededRandom): string {
  const seconds = random.integer(0, 3_599);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `00:${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
