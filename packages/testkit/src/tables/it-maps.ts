import { expect, it } from 'vitest';

/** `cases` maps each input to what `map` must give for it; every mismatch is shown at once. */
function expectMapped<R>(map: (input: string) => R, cases: Readonly<Record<string, R>>): void {
  const actual = Object.fromEntries(Object.keys(cases).map((input) => [input, map(input)]));
  expect(actual).toEqual(cases);
}

/**
 * A table-driven check of a function of one text: a test per group of `groups`, named by what
 * the group shows, each a table of inputs and what `map` must give for them.
 */
export function itMaps<R>(
  map: (input: string) => R,
  groups: Readonly<Record<string, Readonly<Record<string, R>>>>,
): void {
  for (const [title, cases] of Object.entries(groups)) it(title, () => expectMapped(map, cases));
}
