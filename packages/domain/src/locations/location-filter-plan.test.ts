import { describe, expect, it } from 'vitest';
import { planLocationFilters } from './index.js';
import { escapeRe2 } from './location-filter-plan.js';
import { POPULAR_LOCATIONS } from './popular-locations.js';

describe('escapeRe2', () => {
  it('escapes every regex metacharacter so the text matches literally', () => {
    expect(escapeRe2('St. Louis')).toBe('St\\. Louis');
    const nasty = 'a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o';
    const escaped = escapeRe2(nasty);
    expect(escaped).toBe('a\\.b\\*c\\+d\\?e\\(f\\)g\\[h\\]i\\{j\\}k\\|l\\^m\\$n\\\\o');
    expect(new RegExp(`^${escaped}$`).test(nasty)).toBe(true);
    expect(new RegExp(escaped).test('aXb')).toBe(false);
  });

  it('leaves plain text alone', () => {
    expect(escapeRe2('San Francisco')).toBe('San Francisco');
  });
});

describe('planLocationFilters', () => {
  it('searches once without location filters when no location is given', () => {
    const plan = planLocationFilters(['', '  ']);
    expect(plan).toEqual({
      countryCodes: [],
      locationPatterns: [],
      remoteOnly: false,
      slices: [{ label: '', locations: [], countryCodes: [], locationPatterns: [], remote: null }],
    });
  });

  it('puts whole countries in one slice of country codes without patterns', () => {
    const plan = planLocationFilters(['Germany', ' United Kingdom ', 'USA', 'germany']);
    expect(plan.slices).toEqual([
      {
        label: 'Germany; United Kingdom; USA',
        locations: ['Germany', 'United Kingdom', 'USA'],
        countryCodes: ['DE', 'GB', 'US'],
        locationPatterns: [],
        remote: null,
      },
    ]);
    expect(plan.countryCodes).toEqual(['DE', 'GB', 'US']);
    expect(plan.locationPatterns).toEqual([]);
    expect(plan.remoteOnly).toBe(false);
  });

  it('gives a city its country code and an escaped pattern', () => {
    const plan = planLocationFilters(['St. Louis, MO']);
    expect(plan.slices).toEqual([
      {
        label: 'St. Louis, MO',
        locations: ['St. Louis, MO'],
        countryCodes: ['US'],
        locationPatterns: ['St\\. Louis'],
        remote: null,
      },
    ]);
  });

  it('escapes metacharacters in user text before it becomes a pattern', () => {
    const plan = planLocationFilters(['Zürich+ (HQ), Switzerland', 'Foo.*Bar']);
    expect(plan.locationPatterns).toEqual(['Zürich\\+', 'Foo\\.\\*Bar']);
  });

  it('groups cities of one country into one slice and keeps countries apart', () => {
    const plan = planLocationFilters(['Berlin, Germany', 'Munich, Germany', 'Paris, France']);
    expect(
      plan.slices.map(({ countryCodes, locationPatterns }) => ({ countryCodes, locationPatterns })),
    ).toEqual([
      { countryCodes: ['DE'], locationPatterns: ['Berlin', 'Munich'] },
      { countryCodes: ['FR'], locationPatterns: ['Paris'] },
    ]);
  });

  it('drops a city whose whole country is already searched', () => {
    const plan = planLocationFilters(['Berlin, Germany', 'Germany']);
    expect(plan.slices).toHaveLength(1);
    expect(plan.slices[0]).toMatchObject({ countryCodes: ['DE'], locationPatterns: [], remote: null });
  });

  it('searches a city without a known country by pattern alone', () => {
    const plan = planLocationFilters(['London']);
    expect(plan.slices).toEqual([
      {
        label: 'London',
        locations: ['London'],
        countryCodes: [],
        locationPatterns: ['London'],
        remote: null,
      },
    ]);
  });

  it('searches a US state by its name, whether given by name or code', () => {
    expect(planLocationFilters(['Texas']).slices[0]).toMatchObject({
      countryCodes: ['US'],
      locationPatterns: ['Texas'],
    });
    expect(planLocationFilters(['TX']).slices[0]).toMatchObject({
      countryCodes: ['US'],
      locationPatterns: ['Texas'],
    });
    expect(planLocationFilters(['Austin TX']).slices[0]).toMatchObject({
      countryCodes: ['US'],
      locationPatterns: ['Austin'],
    });
  });

  it('searches Remote as remote-only without any country filter', () => {
    const plan = planLocationFilters(['Remote']);
    expect(plan.slices).toEqual([
      { label: 'Remote', locations: ['Remote'], countryCodes: [], locationPatterns: [], remote: true },
    ]);
    expect(plan.remoteOnly).toBe(true);
    expect(plan.countryCodes).toEqual([]);
  });

  it('does not country-filter Remote when countries are also requested (the original ANDed them)', () => {
    const plan = planLocationFilters(['United States', 'Canada', 'Remote']);
    expect(plan.slices).toEqual([
      {
        label: 'United States; Canada',
        locations: ['United States', 'Canada'],
        countryCodes: ['US', 'CA'],
        locationPatterns: [],
        remote: null,
      },
      { label: 'Remote', locations: ['Remote'], countryCodes: [], locationPatterns: [], remote: true },
    ]);
    expect(plan.remoteOnly).toBe(false);
  });

  it('limits remote to its countries when every remote request names one', () => {
    const plan = planLocationFilters(['Remote - US', 'Remote (Canada)', 'Berlin, Germany']);
    expect(plan.slices).toEqual([
      {
        label: 'Berlin, Germany',
        locations: ['Berlin, Germany'],
        countryCodes: ['DE'],
        locationPatterns: ['Berlin'],
        remote: null,
      },
      {
        label: 'Remote - US; Remote (Canada)',
        locations: ['Remote - US', 'Remote (Canada)'],
        countryCodes: ['US', 'CA'],
        locationPatterns: [],
        remote: true,
      },
    ]);
  });

  it('drops remote-in-a-country when that whole country is searched anyway', () => {
    const plan = planLocationFilters(['United States', 'Remote - US']);
    expect(plan.slices).toHaveLength(1);
    expect(plan.slices[0]).toMatchObject({ countryCodes: ['US'], remote: null });
  });

  it('searches remote anywhere once when any remote request names no country', () => {
    const plan = planLocationFilters(['Remote - US', 'Worldwide']);
    expect(plan.slices).toEqual([
      {
        label: 'Remote - US; Worldwide',
        locations: ['Remote - US', 'Worldwide'],
        countryCodes: [],
        locationPatterns: [],
        remote: true,
      },
    ]);
  });

  it('plans the popular locations as one country slice and one remote slice', () => {
    const plan = planLocationFilters(POPULAR_LOCATIONS);
    expect(plan.slices).toHaveLength(2);
    expect(plan.slices[0]?.countryCodes).toEqual([
      'US',
      'CA',
      'GB',
      'DE',
      'NL',
      'FR',
      'IE',
      'CH',
      'SE',
      'IN',
      'SG',
      'AU',
      'JP',
      'HK',
    ]);
    expect(plan.slices[1]).toMatchObject({ countryCodes: [], remote: true });
  });
});
