import { expect, it } from 'vitest';

/**
 * A table-driven check of a function of one text: `cases` maps each input to what `map`
 * must give for it, and every mismatch is shown at once.
 */
export function expectMapped<R>(map: (input: string) => R, cases: Readonly<Record<string, R>>): void {
  const actual = Object.fromEntries(Object.keys(cases).map((input) => [input, map(input)]));
  expect(actual).toEqual(cases);
}

/**
 * A test per group of `groups`, named by what the group shows, each an expectMapped table of
 * `map`: the examples of a function of one text, written as data.
 */
export function itMaps<R>(
  map: (input: string) => R,
  groups: Readonly<Record<string, Readonly<Record<string, R>>>>,
): void {
  for (const [title, cases] of Object.entries(groups)) it(title, () => expectMapped(map, cases));
}
