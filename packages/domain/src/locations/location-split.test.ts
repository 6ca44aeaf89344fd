import { describe, expect, it } from 'vitest';
import { splitLocation } from './index.js';

describe('splitLocation', () => {
  it('reads "City, Region, Country"', () => {
    expect(splitLocation('Toronto, Ontario, Canada')).toEqual({
      city: 'Toronto',
      region: 'Ontario',
      country: 'Canada',
      countryCode: 'CA',
    });
  });

  it('reads "City, Country" and gives the country its usual name', () => {
    expect(splitLocation('Berlin, Deutschland')).toEqual({
      city: 'Berlin',
      region: null,
      country: 'Germany',
      countryCode: 'DE',
    });
  });

  it('reads US "City, ST" with the state as the region', () => {
    expect(splitLocation('Austin, TX')).toEqual({
      city: 'Austin',
      region: 'TX',
      country: 'United States',
      countryCode: 'US',
    });
    expect(splitLocation('Austin, TX, USA')).toEqual({
      city: 'Austin',
      region: 'TX',
      country: 'United States',
      countryCode: 'US',
    });
  });

  it('reads a lone country or state', () => {
    expect(splitLocation('Germany')).toEqual({
      city: null,
      region: null,
      country: 'Germany',
      countryCode: 'DE',
    });
    expect(splitLocation('Texas')).toEqual({
      city: null,
      region: 'Texas',
      country: 'United States',
      countryCode: 'US',
    });
  });

  it('keeps unknown places as written', () => {
    expect(splitLocation('London')).toEqual({
      city: 'London',
      region: null,
      country: null,
      countryCode: null,
    });
    expect(splitLocation('Springfield, Shelbyville, Atlantis')).toEqual({
      city: 'Springfield',
      region: 'Shelbyville',
      country: 'Atlantis',
      countryCode: null,
    });
  });

  it('ignores remote wording', () => {
    expect(splitLocation('Remote')).toEqual({ city: null, region: null, country: null, countryCode: null });
    expect(splitLocation('Remote - US')).toEqual({
      city: null,
      region: null,
      country: 'United States',
      countryCode: 'US',
    });
  });
});
