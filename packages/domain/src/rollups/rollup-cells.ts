import type { PostingContribution } from './rollup-contribution.js';
import {
  ANY,
  carriesRoleCounts,
  carriesSkillPairs,
  cellId,
  encodeFieldKey,
  pairKey,
  type RollupScope,
  roleSkillKey,
  scopeKey,
} from './rollup-keys.js';

/**
 * What a posting adds to its cells. Raise it whenever countersOf changes, so that a
 * deployment over cells of an older format rebuilds them (upgradeRollupFormat) instead of
 * mixing two formats. 2: salary buckets of every salaried posting (sb), postings per role
 * and skill (rs) and skill pairs in the market-wide cell. 3: role-wide and market-wide cells
 * stored as part documents by counter family (rollup-parts.ts). 4: every batch stamps the days it
 * wrote, which window blocks are current by (rollup-blocks.ts); code before wrote cells without
 * stamps, so the rebuild's new epoch is what retires every block summed beside it.
 */
export const ROLLUP_FORMAT = 4;

/** Salary histograms use fixed 10k USD buckets of the posting's mid-point salary. */
export const SALARY_BUCKET_USD = 10_000;

export interface CellDelta {
  id: string;
  scope: string;
  day: string;
  role: string;
  country: string;
  remote: string;
  /** Field path (dotted, encoded) → amount to add. */
  increments: Map<string, number>;
}

/** Collects the per-cell increments of many postings so a batch writes each cell once. */
export class CellDeltaAccumulator {
  private readonly cells = new Map<string, CellDelta>();

  add(contribution: PostingContribution, sign: 1 | -1): void {
    // A posting counts in up to a dozen cells, most with the same counters: their paths are made once.
    const counters = countersOf(contribution);
    for (const scope of scopesOf(contribution)) {
      const { increments } = this.cellFor(scope, contribution.day);
      addCounters(increments, counters.common, sign);
      if (carriesRoleCounts(scope)) addCounters(increments, counters.roles, sign);
      if (carriesSkillPairs(scope)) addCounters(increments, counters.pairs, sign);
    }
  }

  /** Cells with at least one non-zero increment. */
  deltas(): CellDelta[] {
    const result: CellDelta[] = [];
    for (const cell of this.cells.values()) {
      for (const [path, amount] of cell.increments) if (amount === 0) cell.increments.delete(path);
      if (cell.increments.size > 0) result.push(cell);
    }
    return result;
  }

  private cellFor(scope: RollupScope, day: string): CellDelta {
    const id = cellId(scope, day);
    let cell = this.cells.get(id);
    if (!cell) {
      cell = { id, scope: scopeKey(scope), day, ...scope, increments: new Map() };
      this.cells.set(id, cell);
    }
    return cell;
  }
}

/** Every combination of (role or any) × (country or any) × (remote yes/no or any) the posting belongs to. */
function scopesOf(contribution: PostingContribution): RollupScope[] {
  const roles = [ANY, ...contribution.roles];
  const countries = contribution.countryCode ? [ANY, contribution.countryCode] : [ANY];
  const remotes = contribution.remote === 'unknown' ? [ANY] : [ANY, contribution.remote];
  const scopes: RollupScope[] = [];
  for (const role of roles) {
    for (const country of countries) {
      for (const remote of remotes) scopes.push({ role, country, remote });
    }
  }
  return scopes;
}

/** Counter paths with the amounts one posting adds to them (taken back with the opposite sign). */
interface Counters {
  paths: string[];
  amounts: number[];
}

function addCounters(increments: Map<string, number>, counters: Counters, sign: 1 | -1): void {
  const { paths, amounts } = counters;
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index] as string;
    increments.set(path, (increments.get(path) ?? 0) + sign * (amounts[index] as number));
  }
}

/**
 * What a posting adds to each of its cells (`common`), and to the cells that also count roles
 * (`roles`, the market-wide cell) or skill pairs (`pairs`, see carriesSkillPairs).
 */
function countersOf(contribution: PostingContribution): Record<'common' | 'roles' | 'pairs', Counters> {
  const common: Counters = { paths: [], amounts: [] };
  const roles: Counters = { paths: [], amounts: [] };
  const pairs: Counters = { paths: [], amounts: [] };
  const count = (counters: Counters, path: string, amount = 1) => {
    counters.paths.push(path);
    counters.amounts.push(amount);
  };
  const location = encodeFieldKey(contribution.location);
  const skills = contribution.skills.map(encodeFieldKey);
  count(common, 'n');
  count(common, `src.${contribution.source}`);
  count(common, `rm.${contribution.remote}`);
  count(common, `l.${location}`);
  for (const skill of skills) count(common, `s.${skill}`);
  if (contribution.salaryMin !== null && contribution.salaryMax !== null) {
    const bucket = Math.floor((contribution.salaryMin + contribution.salaryMax) / 2 / SALARY_BUCKET_USD);
    count(common, 'sa.n');
    count(common, 'sa.lo', contribution.salaryMin);
    count(common, 'sa.hi', contribution.salaryMax);
    count(common, `sb.${bucket}`);
    count(common, `sl.${location}.n`);
    count(common, `sl.${location}.lo`, contribution.salaryMin);
    count(common, `sl.${location}.hi`, contribution.salaryMax);
    for (const skill of skills) count(common, `sh.${skill}.${bucket}`);
  }
  for (const role of contribution.roles) {
    const encodedRole = encodeFieldKey(role);
    count(roles, `ro.${encodedRole}`);
    for (const skill of skills) count(roles, `rs.${roleSkillKey(encodedRole, skill)}`);
  }
  for (let i = 0; i < skills.length; i++) {
    for (let j = i + 1; j < skills.length; j++) {
      count(pairs, `p.${pairKey(skills[i] as string, skills[j] as string)}`);
    }
  }
  return { common, roles, pairs };
}
