/** GraphQL documents built to exhaust a server, for the tests and benchmarks that check they are refused. */

/** Each level spreads the one below twice: 2^levels selections once expanded, from about 55 bytes a level. */
export function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Query { health { status } }'];
  for (let level = 1; level <= levels; level++) {
    fragments.push(`fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`);
  }
  return `query Bomb { ...F${levels} } ${fragments.join(' ')}`;
}

/** One operation asking for `field` (a selection, arguments included) `count` times under aliases a0, a1 ... */
export function aliasedCopies(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
}

/** The public field of the alias bomb once seen: marketTrends over a year, a skill and a location each. */
export const MARKET_TRENDS_SELECTION =
  'marketTrends(days: 365, skillsLimit: 1, locationsLimit: 1) { totalJobsAnalyzed }';
