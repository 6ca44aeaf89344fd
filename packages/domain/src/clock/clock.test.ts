import { describe, expect, it } from 'vitest';
import { monthOf, monthsOf } from './clock.js';

describe('months of days', () => {
  it('names the month of a day', () => {
    expect(monthOf('2026-12-02')).toBe('2026-12');
  });

  it.each([
    ['one month', { from: '2026-10-03', to: '2026-10-31' }, ['2026-10']],
    ['a year end', { from: '2026-11-20', to: '2027-02-01' }, ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['a single day', { from: '2027-01-01', to: '2027-01-01' }, ['2027-01']],
  ])('lists the months a window spans across %s', (_, window, months) => {
    expect(monthsOf(window)).toEqual(months);
  });
});
