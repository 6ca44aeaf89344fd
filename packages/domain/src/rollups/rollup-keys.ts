/**
 * Skill ids and place names become field names inside rollup documents;
 * MongoDB forbids '.' in them and a leading '$', and '|' joins skill pairs, so those are
 * percent-encoded.
 */
export function encodeFieldKey(key: string): string {
  return key.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/\|/g, '%7C').replace(/^\$/, '%24');
}

export function decodeFieldKey(encoded: string): string {
  // Almost no key needs decoding; skipping the replaces keeps summing a window cheap.
  if (!encoded.includes('%')) return encoded;
  return encoded.replace(/%2E/g, '.').replace(/%7C/g, '|').replace(/%24/g, '$').replace(/%25/g, '%');
}

/** The fields of a stored cell that are not counters. */
export const CELL_KEY_FIELDS: ReadonlySet<string> = new Set([
  '_id',
  'seq',
  'scope',
  'day',
  'role',
  'country',
  'remote',
]);

export const ANY = '*';

/** One slice of the market: a role (or any), a country (or any), remote yes/no (or any). */
export interface RollupScope {
  role: string;
  country: string;
  remote: string;
}

export const MARKET_WIDE_SCOPE: RollupScope = { role: ANY, country: ANY, remote: ANY };

export function scopeKey(scope: RollupScope): string {
  return `r=${scope.role};c=${scope.country};m=${scope.remote}`;
}

export function cellId(scope: RollupScope, day: string): string {
  return `${scopeKey(scope)}|${day}`;
}

/** Only the market-wide cells count postings per role: "which roles have data" reads them. */
export function carriesRoleCounts(scope: RollupScope): boolean {
  return scope.role === ANY && scope.country === ANY && scope.remote === ANY;
}

/**
 * Role-wide cells carry skill pairs for the gap analysis, and the market-wide cell for a
 * skill's profile ("asked together with"); country and remote slices never need them.
 */
export function carriesSkillPairs(scope: RollupScope): boolean {
  return scope.country === ANY && scope.remote === ANY;
}

/** "role|skill": how many postings of a role ask for a skill, kept in the market-wide cell. */
export function roleSkillKey(role: string, skill: string): string {
  return `${role}|${skill}`;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
