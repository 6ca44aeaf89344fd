import { decodeFieldKey } from './rollup-keys.js';

export interface SalarySums {
  n: number;
  lo: number;
  hi: number;
}

/** The sum of a window's rollup cells, with field keys decoded. */
export interface RollupTotals {
  postings: number;
  sources: Map<string, number>;
  skills: Map<string, number>;
  locations: Map<string, number>;
  remote: { yes: number; no: number; unknown: number };
  salaried: SalarySums;
  salaryByLocation: Map<string, SalarySums>;
  /** skill → salary bucket index → postings. */
  salaryHistogramBySkill: Map<string, Map<number, number>>;
  /** Salary bucket index → salaried postings, whatever their skills. */
  salaryHistogram: Map<number, number>;
  /** "a|b" (a < b) → postings asking for both. */
  skillPairs: Map<string, number>;
  /** Postings per role (market-wide cells only). */
  roles: Map<string, number>;
  /** skill → role → postings of the role asking for the skill (market-wide cells only). */
  rolesBySkill: Map<string, Map<string, number>>;
}

/** A rollup cell's counters, nested by family (see rollup-cells.ts for how they are counted, counter-encoding.ts for how they are stored). */
export interface RollupCellDocument {
  _id: string;
  n?: number;
  src?: Record<string, number>;
  s?: Record<string, number>;
  l?: Record<string, number>;
  rm?: Partial<Record<'yes' | 'no' | 'unknown', number>>;
  sa?: Partial<SalarySums>;
  sl?: Record<string, Partial<SalarySums>>;
  sh?: Record<string, Record<string, number>>;
  sb?: Record<string, number>;
  p?: Record<string, number>;
  ro?: Record<string, number>;
  rs?: Record<string, number>;
}

export function emptyTotals(): RollupTotals {
  return {
    postings: 0,
    sources: new Map(),
    skills: new Map(),
    locations: new Map(),
    remote: { yes: 0, no: 0, unknown: 0 },
    salaried: { n: 0, lo: 0, hi: 0 },
    salaryByLocation: new Map(),
    salaryHistogramBySkill: new Map(),
    salaryHistogram: new Map(),
    skillPairs: new Map(),
    roles: new Map(),
    rolesBySkill: new Map(),
  };
}

function addCounts(target: Map<string, number>, counts: Record<string, number> | undefined): void {
  if (!counts) return;
  for (const key in counts) {
    const amount = counts[key] as number;
    if (amount === 0) continue;
    const decoded = decodeFieldKey(key);
    target.set(decoded, (target.get(decoded) ?? 0) + amount);
  }
}

function addBuckets(target: Map<number, number>, buckets: Record<string, number>): void {
  for (const bucket in buckets) {
    const amount = buckets[bucket] as number;
    if (amount !== 0) target.set(Number(bucket), (target.get(Number(bucket)) ?? 0) + amount);
  }
}

function nestedRow<V>(rows: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let row = rows.get(key);
  if (!row) {
    row = new Map();
    rows.set(key, row);
  }
  return row;
}

function addSalary(target: SalarySums, sums: Partial<SalarySums> | undefined): void {
  if (!sums) return;
  target.n += sums.n ?? 0;
  target.lo += sums.lo ?? 0;
  target.hi += sums.hi ?? 0;
}

export function addCell(totals: RollupTotals, cell: RollupCellDocument): void {
  totals.postings += cell.n ?? 0;
  addCounts(totals.sources, cell.src);
  addCounts(totals.skills, cell.s);
  addCounts(totals.locations, cell.l);
  addCounts(totals.roles, cell.ro);
  totals.remote.yes += cell.rm?.yes ?? 0;
  totals.remote.no += cell.rm?.no ?? 0;
  totals.remote.unknown += cell.rm?.unknown ?? 0;
  addSalary(totals.salaried, cell.sa);
  for (const key in cell.sl ?? {}) {
    const location = decodeFieldKey(key);
    let sums = totals.salaryByLocation.get(location);
    if (!sums) {
      sums = { n: 0, lo: 0, hi: 0 };
      totals.salaryByLocation.set(location, sums);
    }
    addSalary(sums, cell.sl?.[key]);
  }
  for (const key in cell.sh ?? {}) {
    const skill = decodeFieldKey(key);
    let histogram = totals.salaryHistogramBySkill.get(skill);
    if (!histogram) {
      histogram = new Map();
      totals.salaryHistogramBySkill.set(skill, histogram);
    }
    addBuckets(histogram, cell.sh?.[key] ?? {});
  }
  if (cell.sb) addBuckets(totals.salaryHistogram, cell.sb);
  for (const key in cell.rs ?? {}) {
    const amount = cell.rs?.[key] as number;
    if (amount === 0) continue;
    const [role, skill] = key.split('|') as [string, string];
    const row = nestedRow(totals.rolesBySkill, decodeFieldKey(skill));
    const decodedRole = decodeFieldKey(role);
    row.set(decodedRole, (row.get(decodedRole) ?? 0) + amount);
  }
  if (cell.p) {
    for (const key in cell.p) {
      const amount = cell.p[key] as number;
      if (amount === 0) continue;
      const [a, b] = key.split('|') as [string, string];
      const pair = `${decodeFieldKey(a)}|${decodeFieldKey(b)}`;
      totals.skillPairs.set(pair, (totals.skillPairs.get(pair) ?? 0) + amount);
    }
  }
}

export function sumCells(cells: Iterable<RollupCellDocument>): RollupTotals {
  const totals = emptyTotals();
  for (const cell of cells) addCell(totals, cell);
  return totals;
}

/** How many counters the totals hold: the size by which caches of totals are bounded. */
export function countersIn(totals: RollupTotals): number {
  let counters = 16 + totals.sources.size + totals.skills.size + totals.locations.size;
  counters += totals.salaryByLocation.size * 3 + totals.salaryHistogram.size;
  counters += totals.skillPairs.size + totals.roles.size;
  for (const histogram of totals.salaryHistogramBySkill.values()) counters += 1 + histogram.size;
  for (const row of totals.rolesBySkill.values()) counters += 1 + row.size;
  return counters;
}
