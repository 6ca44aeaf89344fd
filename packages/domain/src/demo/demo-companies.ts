import { DEMO_COUNTRIES } from './demo-locations.js';
import { SeededRandom, WeightedChoice } from './seeded-random.js';

/** Invented employers; names are built from word pairs so none belongs to a real company. */
export interface DemoCompany {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly linkedinUrl: string;
  readonly industry: string;
  readonly employeeCount: number;
  readonly countryCode: string;
  readonly technologySlugs: readonly string[];
  /** Relative share of postings: a few employers hire a lot, most hire a little. */
  readonly hiringWeight: number;
}

const NAME_STEMS = [
  'Nova',
  'Bluefin',
  'Brightline',
  'Cedar',
  'Atlas',
  'Quantum',
  'Pixelworks',
  'Stellar',
  'Harbor',
  'Summit',
  'Vertex',
  'Lumen',
  'Orbit',
  'Crimson',
  'Silverline',
  'Granite',
  'Ember',
  'Maple',
  'Aurora',
  'Helix',
  'Kite',
  'Cobalt',
  'Juniper',
  'Beacon',
  'Polar',
  'Sage',
  'Tidal',
  'Willow',
  'Zenith',
  'Arcadia',
  'Falcon',
  'Horizon',
  'Indigo',
  'Lattice',
  'Meridian',
  'Nimbus',
  'Onyx',
  'Prism',
  'Quill',
  'Radiant',
  'Sierra',
  'Terra',
  'Vela',
  'Wavelength',
  'Yonder',
  'Driftwood',
  'Fernhill',
  'Glacier',
  'Ironbark',
  'Larkspur',
] as const;

interface CompanyKind {
  readonly suffix: string;
  readonly industry: string;
  readonly topLevelDomain: string;
}

const COMPANY_KINDS: readonly CompanyKind[] = [
  { suffix: 'Labs', industry: 'Software Development', topLevelDomain: 'io' },
  { suffix: 'Systems', industry: 'IT Services and IT Consulting', topLevelDomain: 'com' },
  { suffix: 'Analytics', industry: 'Software Development', topLevelDomain: 'com' },
  { suffix: 'Health', industry: 'Hospitals and Health Care', topLevelDomain: 'com' },
  { suffix: 'Pay', industry: 'Financial Services', topLevelDomain: 'com' },
  {
    suffix: 'Logistics',
    industry: 'Transportation, Logistics, Supply Chain and Storage',
    topLevelDomain: 'com',
  },
  { suffix: 'Robotics', industry: 'Automation Machinery Manufacturing', topLevelDomain: 'ai' },
  { suffix: 'Software', industry: 'Software Development', topLevelDomain: 'com' },
  { suffix: 'Cloud', industry: 'IT Services and IT Consulting', topLevelDomain: 'io' },
  { suffix: 'Data', industry: 'Data Infrastructure and Analytics', topLevelDomain: 'io' },
  { suffix: 'Networks', industry: 'Telecommunications', topLevelDomain: 'net' },
  { suffix: 'Bio', industry: 'Biotechnology Research', topLevelDomain: 'com' },
  { suffix: 'Energy', industry: 'Renewable Energy Power Generation', topLevelDomain: 'com' },
  { suffix: 'Security', industry: 'Computer and Network Security', topLevelDomain: 'com' },
  { suffix: 'Commerce', industry: 'Retail', topLevelDomain: 'com' },
  { suffix: 'Learning', industry: 'E-Learning Providers', topLevelDomain: 'com' },
  { suffix: 'Mobility', industry: 'Motor Vehicle Manufacturing', topLevelDomain: 'com' },
  { suffix: 'Capital', industry: 'Banking', topLevelDomain: 'com' },
  { suffix: 'Games', industry: 'Computer Games', topLevelDomain: 'gg' },
  { suffix: 'Media', industry: 'Online Audio and Video Media', topLevelDomain: 'com' },
];

/** Technologies an employer's stack is drawn from (TheirStack reports these per company). */
const COMPANY_STACK_POOL = [
  'amazon-web-services',
  'google-cloud-platform',
  'microsoft-azure',
  'kubernetes',
  'docker',
  'terraform',
  'python',
  'java',
  'golang',
  'typescript',
  'react',
  'nodejs',
  'postgresql',
  'mysql',
  'mongodb',
  'redis',
  'kafka',
  'snowflake',
  'databricks',
  'jira',
  'confluence',
  'figma',
  'datadog',
  'github-actions',
  'jenkins',
  'tableau',
  'looker',
  'okta',
  'splunk',
  'elasticsearch',
] as const;

const EMPLOYEE_COUNT_BANDS = [
  { min: 11, max: 50, weight: 2 },
  { min: 51, max: 200, weight: 4 },
  { min: 201, max: 1_000, weight: 4 },
  { min: 1_001, max: 10_000, weight: 3 },
  { min: 10_001, max: 120_000, weight: 1 },
];

/** Enough employers for a realistic spread; more would only thin each one's postings. */
export const DEMO_COMPANY_COUNT = 600;

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function buildCompany(random: SeededRandom, stem: string, kind: CompanyKind, rank: number): DemoCompany {
  const name = `${stem} ${kind.suffix}`;
  const id = slugOf(name);
  const band = new WeightedChoice(EMPLOYEE_COUNT_BANDS, (entry) => entry.weight).pick(random);
  const stackSize = random.integer(6, 14);
  return {
    id,
    name,
    domain: `${id.replace(/-/g, '')}.${kind.topLevelDomain}`,
    linkedinUrl: `https://www.linkedin.com/company/${id}`,
    industry: kind.industry,
    employeeCount: random.integer(band.min, band.max),
    countryCode: new WeightedChoice(DEMO_COUNTRIES, (country) => country.demand).pick(random).code,
    technologySlugs: random.shuffled(COMPANY_STACK_POOL).slice(0, stackSize).sort(),
    // Zipf-like: the employer ranked r gets weight 1/r^0.8.
    hiringWeight: 1 / (rank + 1) ** 0.8,
  };
}

/** The same seed always gives the same employers, in the same hiring order. */
export function createDemoCompanies(seed: number, count = DEMO_COMPANY_COUNT): DemoCompany[] {
  const random = new SeededRandom(seed ^ 0x5eed_c0);
  const pairs = NAME_STEMS.flatMap((stem) => COMPANY_KINDS.map((kind) => ({ stem, kind })));
  if (count > pairs.length) throw new RangeError(`at most ${pairs.length} demo companies can be named`);
  return random
    .shuffled(pairs)
    .slice(0, count)
    .map((pair, rank) => buildCompany(random, pair.stem, pair.kind, rank));
}
