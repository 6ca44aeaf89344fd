/** The locations the original collected and suggested by default. */
export const POPULAR_LOCATIONS: readonly string[] = [
  'United States',
  'Canada',
  'United Kingdom',
  'Germany',
  'Netherlands',
  'France',
  'Ireland',
  'Switzerland',
  'Sweden',
  'India',
  'Singapore',
  'Australia',
  'Japan',
  'Hong Kong',
  'Remote',
];
