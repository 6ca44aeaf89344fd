import { expect } from 'vitest';

/**
 * A table-driven check of a function of one text: `cases` maps each input to what `map`
 * must give for it, and every mismatch is shown at once.
 */
export function expectMapped<R>(map: (input: string) => R, cases: Readonly<Record<string, R>>): void {
  const actual = Object.fromEntries(Object.keys(cases).map((input) => [input, map(input)]));
  expect(actual).toEqual(cases);
}
