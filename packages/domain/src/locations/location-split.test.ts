import { itMaps } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { splitLocation } from './index.js';
import type { SplitLocation } from './location-split.js';

type Part = string | null;

/** What splitLocation reads, in the order of its result: the parts and the country's code. */
const parts = (city: Part, region: Part, country: Part, countryCode: Part): SplitLocation => ({
  city,
  region,
  country,
  countryCode,
});

describe('splitLocation', () => {
  it('reads "City, Region, Country"', () => {
    expect(splitLocation('Toronto, Ontario, Canada')).toEqual(parts('Toronto', 'Ontario', 'Canada', 'CA'));
  });

  it('reads "City, Country" and gives the country its usual name', () => {
    expect(splitLocation('Berlin, Deutschland')).toEqual(parts('Berlin', null, 'Germany', 'DE'));
  });

  itMaps(splitLocation, {
    'reads US "City, ST" with the state as the region': {
      'Austin, TX': parts('Austin', 'TX', 'United States', 'US'),
      'Austin, TX, USA': parts('Austin', 'TX', 'United States', 'US'),
    },
    'reads a lone country or state': {
      Germany: parts(null, null, 'Germany', 'DE'),
      Texas: parts(null, 'Texas', 'United States', 'US'),
    },
    'keeps unknown places as written': {
      London: parts('London', null, null, null),
      'Springfield, Shelbyville, Atlantis': parts('Springfield', 'Shelbyville', 'Atlantis', null),
    },
    'ignores remote wording': {
      Remote: parts(null, null, null, null),
      'Remote - US': parts(null, null, 'United States', 'US'),
    },
  });
});
