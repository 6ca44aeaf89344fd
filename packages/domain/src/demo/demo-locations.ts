/**
 * The countries and cities demo postings are placed in: the original's
 * POPULAR_LOCATIONS, with pay levels relative to the US and the share of
 * postings that disclose a salary (high where pay-transparency laws apply).
 */

export interface DemoCity {
  readonly name: string;
  readonly admin1Name: string | null;
  readonly admin1Code: string | null;
  readonly latitude: number;
  readonly longitude: number;
  /** Relative share of the country's postings. */
  readonly weight: number;
}

export interface DemoCurrency {
  readonly code: string;
  readonly symbol: string;
  /** Units of this currency per US dollar. */
  readonly perUsd: number;
  /** Local salaries are quoted rounded to this many units. */
  readonly roundTo: number;
}

export interface DemoCountry {
  readonly code: string;
  readonly name: string;
  readonly continent: string;
  readonly currency: DemoCurrency;
  /** Local pay for the same role and seniority, as a fraction of US pay. */
  readonly salaryMultiplier: number;
  /** Share of postings that state a salary. */
  readonly salaryDisclosureRate: number;
  /** Relative share of all postings. */
  readonly demand: number;
  readonly cities: readonly DemoCity[];
}

const USD: DemoCurrency = { code: 'USD', symbol: '$', perUsd: 1, roundTo: 1_000 };
const EUR: DemoCurrency = { code: 'EUR', symbol: '€', perUsd: 0.92, roundTo: 1_000 };

function city(
  name: string,
  admin1Name: string | null,
  admin1Code: string | null,
  latitude: number,
  longitude: number,
  weight = 1,
): DemoCity {
  return { name, admin1Name, admin1Code, latitude, longitude, weight };
}

export const DEMO_COUNTRIES: readonly DemoCountry[] = [
  {
    code: 'US',
    name: 'United States',
    continent: 'North America',
    currency: USD,
    salaryMultiplier: 1,
    salaryDisclosureRate: 0.62,
    demand: 34,
    cities: [
      city('New York', 'New York', 'NY', 40.7128, -74.006, 6),
      city('San Francisco', 'California', 'CA', 37.7749, -122.4194, 5),
      city('Seattle', 'Washington', 'WA', 47.6062, -122.3321, 4),
      city('Austin', 'Texas', 'TX', 30.2672, -97.7431, 3),
      city('Boston', 'Massachusetts', 'MA', 42.3601, -71.0589, 3),
      city('Chicago', 'Illinois', 'IL', 41.8781, -87.6298, 3),
      city('Denver', 'Colorado', 'CO', 39.7392, -104.9903, 2),
      city('Atlanta', 'Georgia', 'GA', 33.749, -84.388, 2),
      city('Indianapolis', 'Indiana', 'IN', 39.7684, -86.1581, 1),
      city('Milwaukee', 'Wisconsin', 'WI', 43.0389, -87.9065, 1),
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    continent: 'North America',
    currency: { code: 'CAD', symbol: 'CA$', perUsd: 1.37, roundTo: 1_000 },
    salaryMultiplier: 0.75,
    salaryDisclosureRate: 0.55,
    demand: 6,
    cities: [
      city('Toronto', 'Ontario', 'ON', 43.6532, -79.3832, 5),
      city('Vancouver', 'British Columbia', 'BC', 49.2827, -123.1207, 3),
      city('Montreal', 'Quebec', 'QC', 45.5019, -73.5674, 2),
      city('Ottawa', 'Ontario', 'ON', 45.4215, -75.6972, 1),
      city('Calgary', 'Alberta', 'AB', 51.0447, -114.0719, 1),
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    continent: 'Europe',
    currency: { code: 'GBP', symbol: '£', perUsd: 0.79, roundTo: 1_000 },
    salaryMultiplier: 0.72,
    salaryDisclosureRate: 0.55,
    demand: 9,
    cities: [
      city('London', 'England', 'ENG', 51.5072, -0.1276, 8),
      city('Manchester', 'England', 'ENG', 53.4808, -2.2426, 2),
      city('Edinburgh', 'Scotland', 'SCT', 55.9533, -3.1883, 1),
      city('Cambridge', 'England', 'ENG', 52.2053, 0.1218, 1),
      city('Bristol', 'England', 'ENG', 51.4545, -2.5879, 1),
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    continent: 'Europe',
    currency: EUR,
    salaryMultiplier: 0.65,
    salaryDisclosureRate: 0.3,
    demand: 7,
    cities: [
      city('Berlin', 'Berlin', 'BE', 52.52, 13.405, 5),
      city('Munich', 'Bavaria', 'BY', 48.1351, 11.582, 4),
      city('Hamburg', 'Hamburg', 'HH', 53.5511, 9.9937, 2),
      city('Frankfurt am Main', 'Hesse', 'HE', 50.1109, 8.6821, 2),
      city('Cologne', 'North Rhine-Westphalia', 'NW', 50.9375, 6.9603, 1),
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    continent: 'Europe',
    currency: EUR,
    salaryMultiplier: 0.62,
    salaryDisclosureRate: 0.4,
    demand: 4,
    cities: [
      city('Amsterdam', 'North Holland', 'NH', 52.3676, 4.9041, 5),
      city('Rotterdam', 'South Holland', 'ZH', 51.9244, 4.4777, 2),
      city('Utrecht', 'Utrecht', 'UT', 52.0907, 5.1214, 1),
      city('Eindhoven', 'North Brabant', 'NB', 51.4416, 5.4697, 1),
    ],
  },
  {
    code: 'FR',
    name: 'France',
    continent: 'Europe',
    currency: EUR,
    salaryMultiplier: 0.55,
    salaryDisclosureRate: 0.35,
    demand: 4,
    cities: [
      city('Paris', 'Île-de-France', 'IDF', 48.8566, 2.3522, 6),
      city('Lyon', 'Auvergne-Rhône-Alpes', 'ARA', 45.764, 4.8357, 2),
      city('Toulouse', 'Occitanie', 'OCC', 43.6047, 1.4442, 1),
      city('Nantes', 'Pays de la Loire', 'PDL', 47.2184, -1.5536, 1),
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    continent: 'Europe',
    currency: EUR,
    salaryMultiplier: 0.7,
    salaryDisclosureRate: 0.45,
    demand: 3,
    cities: [
      city('Dublin', 'Leinster', 'L', 53.3498, -6.2603, 6),
      city('Cork', 'Munster', 'M', 51.8985, -8.4756, 1),
      city('Galway', 'Connacht', 'C', 53.2707, -9.0568, 1),
    ],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    continent: 'Europe',
    currency: { code: 'CHF', symbol: 'CHF ', perUsd: 0.88, roundTo: 1_000 },
    salaryMultiplier: 0.95,
    salaryDisclosureRate: 0.3,
    demand: 2.5,
    cities: [
      city('Zurich', 'Zurich', 'ZH', 47.3769, 8.5417, 5),
      city('Geneva', 'Geneva', 'GE', 46.2044, 6.1432, 2),
      city('Basel', 'Basel-City', 'BS', 47.5596, 7.5886, 1),
      city('Lausanne', 'Vaud', 'VD', 46.5197, 6.6323, 1),
    ],
  },
  {
    code: 'SE',
    name: 'Sweden',
    continent: 'Europe',
    currency: { code: 'SEK', symbol: 'SEK ', perUsd: 10.5, roundTo: 10_000 },
    salaryMultiplier: 0.55,
    salaryDisclosureRate: 0.25,
    demand: 2.5,
    cities: [
      city('Stockholm', 'Stockholm County', 'AB', 59.3293, 18.0686, 5),
      city('Gothenburg', 'Västra Götaland', 'O', 57.7089, 11.9746, 2),
      city('Malmö', 'Skåne', 'M', 55.605, 13.0038, 1),
    ],
  },
  {
    code: 'IN',
    name: 'India',
    continent: 'Asia',
    currency: { code: 'INR', symbol: '₹', perUsd: 83, roundTo: 50_000 },
    salaryMultiplier: 0.2,
    salaryDisclosureRate: 0.4,
    demand: 12,
    cities: [
      city('Bengaluru', 'Karnataka', 'KA', 12.9716, 77.5946, 6),
      city('Hyderabad', 'Telangana', 'TG', 17.385, 78.4867, 3),
      city('Pune', 'Maharashtra', 'MH', 18.5204, 73.8567, 2),
      city('Mumbai', 'Maharashtra', 'MH', 19.076, 72.8777, 2),
      city('Chennai', 'Tamil Nadu', 'TN', 13.0827, 80.2707, 2),
      city('Gurugram', 'Haryana', 'HR', 28.4595, 77.0266, 2),
    ],
  },
  {
    code: 'SG',
    name: 'Singapore',
    continent: 'Asia',
    currency: { code: 'SGD', symbol: 'S$', perUsd: 1.34, roundTo: 1_000 },
    salaryMultiplier: 0.65,
    salaryDisclosureRate: 0.45,
    demand: 3,
    cities: [city('Singapore', null, null, 1.3521, 103.8198)],
  },
  {
    code: 'AU',
    name: 'Australia',
    continent: 'Oceania',
    currency: { code: 'AUD', symbol: 'A$', perUsd: 1.52, roundTo: 1_000 },
    salaryMultiplier: 0.75,
    salaryDisclosureRate: 0.55,
    demand: 4,
    cities: [
      city('Sydney', 'New South Wales', 'NSW', -33.8688, 151.2093, 5),
      city('Melbourne', 'Victoria', 'VIC', -37.8136, 144.9631, 4),
      city('Brisbane', 'Queensland', 'QLD', -27.4698, 153.0251, 2),
      city('Perth', 'Western Australia', 'WA', -31.9523, 115.8613, 1),
    ],
  },
  {
    code: 'JP',
    name: 'Japan',
    continent: 'Asia',
    currency: { code: 'JPY', symbol: '¥', perUsd: 150, roundTo: 100_000 },
    salaryMultiplier: 0.5,
    salaryDisclosureRate: 0.45,
    demand: 3,
    cities: [
      city('Tokyo', 'Tokyo', '13', 35.6762, 139.6503, 6),
      city('Osaka', 'Osaka', '27', 34.6937, 135.5023, 2),
      city('Yokohama', 'Kanagawa', '14', 35.4437, 139.638, 1),
      city('Fukuoka', 'Fukuoka', '40', 33.5904, 130.4017, 1),
    ],
  },
  {
    code: 'HK',
    name: 'Hong Kong',
    continent: 'Asia',
    currency: { code: 'HKD', symbol: 'HK$', perUsd: 7.8, roundTo: 10_000 },
    salaryMultiplier: 0.6,
    salaryDisclosureRate: 0.4,
    demand: 2,
    cities: [
      city('Hong Kong', null, null, 22.3193, 114.1694, 3),
      city('Kowloon', null, null, 22.3282, 114.1884),
    ],
  },
];

/** Share of remote postings labelled just "Remote" rather than with a city. */
export const REMOTE_LABEL_SHARE = 0.6;
