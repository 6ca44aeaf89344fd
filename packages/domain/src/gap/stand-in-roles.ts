import type { DayWindow } from '../clock/index.js';
import { normalizeRole, roleDisplayName, roleFamilyOf, roleSimilarity } from '../roles/index.js';
import { MARKET_WIDE_SCOPE, type WindowTotals } from '../rollups/index.js';
import { compareText } from '../shared/index.js';

export interface StandInRole {
  roleKey: string;
  displayName: string;
  postings: number;
  /** True when the role is in the same role family (other titles for the same job). */
  sameFamily: boolean;
  similarity: number;
}

/**
 * Roles with postings in the window that could stand in for one without: the role's own
 * family first (other titles for the same job), then the most similar titles. Comparing
 * every role with data costs tens of milliseconds at a thousand roles, so the ranking is
 * worked out once per role and shared totals (callers must not change it).
 */
export async function standInRoles(
  windowTotals: WindowTotals,
  roleKey: string,
  window: DayWindow,
): Promise<readonly StandInRole[]> {
  const totals = await windowTotals.of(MARKET_WIDE_SCOPE, window, 'roles');
  return windowTotals.derived([totals], `stand-in-roles\u0000${roleKey}`, () =>
    rankStandIns(roleKey, totals.roles),
  );
}

function rankStandIns(roleKey: string, withData: ReadonlyMap<string, number>): StandInRole[] {
  const family = roleFamilyOf(roleKey);
  const familyKeys = new Set(family?.titles.map(normalizeRole) ?? []);
  return [...withData]
    .filter(([candidate, postings]) => candidate !== roleKey && postings > 0)
    .map(([candidate, postings]) => ({
      roleKey: candidate,
      displayName: roleDisplayName(candidate),
      postings,
      sameFamily: familyKeys.has(candidate) || (family?.belongs(candidate) ?? false),
      similarity: roleSimilarity(roleKey, candidate),
    }))
    .sort(
      (a, b) =>
        Number(b.sameFamily) - Number(a.sameFamily) ||
        b.similarity - a.similarity ||
        b.postings - a.postings ||
        compareText(a.roleKey, b.roleKey),
    );
}
