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
 * What a posting adds to its cells. Raise it whenever addContribution changes, so that a
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
    for (const scope of scopesOf(contribution)) {
      const cell = this.cellFor(scope, contribution.day);
      addContribution(cell.increments, contribution, sign, {
        pairs: carriesSkillPairs(scope),
        roles: carriesRoleCounts(scope),
      });
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

function bump(increments: Map<string, number>, path: string, amount: number): void {
  increments.set(path, (increments.get(path) ?? 0) + amount);
}

function addContribution(
  increments: Map<string, number>,
  contribution: PostingContribution,
  sign: 1 | -1,
  extras: { pairs: boolean; roles: boolean },
): void {
  const location = encodeFieldKey(contribution.location);
  const skills = contribution.skills.map(encodeFieldKey);
  bump(increments, 'n', sign);
  bump(increments, `src.${contribution.source}`, sign);
  bump(increments, `rm.${contribution.remote}`, sign);
  bump(increments, `l.${location}`, sign);
  for (const skill of skills) bump(increments, `s.${skill}`, sign);
  if (contribution.salaryMin !== null && contribution.salaryMax !== null) {
    const bucket = Math.floor((contribution.salaryMin + contribution.salaryMax) / 2 / SALARY_BUCKET_USD);
    bump(increments, 'sa.n', sign);
    bump(increments, 'sa.lo', sign * contribution.salaryMin);
    bump(increments, 'sa.hi', sign * contribution.salaryMax);
    bump(increments, `sb.${bucket}`, sign);
    bump(increments, `sl.${location}.n`, sign);
    bump(increments, `sl.${location}.lo`, sign * contribution.salaryMin);
    bump(increments, `sl.${location}.hi`, sign * contribution.salaryMax);
    for (const skill of skills) bump(increments, `sh.${skill}.${bucket}`, sign);
  }
  if (extras.roles) {
    for (const role of contribution.roles) {
      const encodedRole = encodeFieldKey(role);
      bump(increments, `ro.${encodedRole}`, sign);
      for (const skill of skills) bump(increments, `rs.${roleSkillKey(encodedRole, skill)}`, sign);
    }
  }
  if (extras.pairs) {
    for (let i = 0; i < skills.length; i++) {
      for (let j = i + 1; j < skills.length; j++) {
        bump(increments, `p.${pairKey(skills[i] as string, skills[j] as string)}`, sign);
      }
    }
  }
}
