import { expectMapped } from '@career-navigator/testkit';
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

  it('reads US "City, ST" with the state as the region', () => {
    expectMapped(splitLocation, {
      'Austin, TX': parts('Austin', 'TX', 'United States', 'US'),
      'Austin, TX, USA': parts('Austin', 'TX', 'United States', 'US'),
    });
  });

  it('reads a lone country or state', () => {
    expectMapped(splitLocation, {
      Germany: parts(null, null, 'Germany', 'DE'),
      Texas: parts(null, 'Texas', 'United States', 'US'),
    });
  });

  it('keeps unknown places as written', () => {
    expectMapped(splitLocation, {
      London: parts('London', null, null, null),
      'Springfield, Shelbyville, Atlantis': parts('Springfield', 'Shelbyville', 'Atlantis', null),
    });
  });

  it('ignores remote wording', () => {
    expectMapped(splitLocation, {
      Remote: parts(null, null, null, null),
      'Remote - US': parts(null, null, 'United States', 'US'),
    });
  });
});
