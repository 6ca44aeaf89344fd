import { describe, expect, it } from 'vitest';
import { formatLocation } from './index.js';

describe('formatLocation', () => {
  it('joins the known parts as "City, Region, Country"', () => {
    expect(formatLocation({ city: 'Toronto', region: 'Ontario', country: 'Canada' })).toBe(
      'Toronto, Ontario, Canada',
    );
    expect(formatLocation({ city: 'Berlin', country: 'Germany' })).toBe('Berlin, Germany');
    expect(formatLocation({ region: 'Texas', country: 'United States' })).toBe('Texas, United States');
    expect(formatLocation({ country: 'France' })).toBe('France');
  });

  it('skips blank parts and tidies whitespace', () => {
    expect(formatLocation({ city: '  ', region: null, country: ' New   Zealand ' })).toBe('New Zealand');
  });

  it('drops a part that repeats an earlier one', () => {
    expect(formatLocation({ city: 'Singapore', region: 'Singapore', country: 'Singapore' })).toBe(
      'Singapore',
    );
    expect(formatLocation({ city: 'Hong Kong', country: 'hong kong' })).toBe('Hong Kong');
    expect(formatLocation({ city: 'New York', region: 'New York', country: 'United States' })).toBe(
      'New York, United States',
    );
  });

  it('says Unknown when nothing is known', () => {
    expect(formatLocation({})).toBe('Unknown');
    expect(formatLocation({ city: null, region: undefined, country: '' })).toBe('Unknown');
  });
});
