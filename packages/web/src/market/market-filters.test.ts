import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, parseFilterForm } from './market-filters.js';

describe('the market filters', () => {
  it('survive a round trip through the address', () => {
    const filters = { role: 'Data Engineer', countryCode: 'DE', remote: false };
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
    expect(paramsFromFilters({}).toString()).toBe('');
  });

  it('ignore what an edited address gets wrong instead of sending it', () => {
    expect(filtersFromParams(new URLSearchParams('role=%20&country=Germany&remote=maybe'))).toEqual({});
    expect(filtersFromParams(new URLSearchParams('country=us&remote=true'))).toEqual({
      countryCode: 'US',
      remote: true,
    });
  });

  it('read the form, trimming and upper-casing, and name the country field when it is not a code', () => {
    expect(parseFilterForm({ role: '  SRE ', country: ' gb', remote: '' })).toEqual({
      filters: { role: 'SRE', countryCode: 'GB' },
    });
    expect(parseFilterForm({ role: '', country: '', remote: 'false' })).toEqual({
      filters: { remote: false },
    });
    expect(parseFilterForm({ role: '', country: 'USA', remote: '' })).toEqual({
      field: 'country',
      message: 'Use a two-letter country code such as US or DE.',
    });
  });
});
