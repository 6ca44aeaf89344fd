import { normalizeRole, roleDisplayName, roleFamilyOf, roleSimilarity } from '../roles/index.js';

/** Roles below this similarity to the search are not offered, however many postings they have. */
export const MIN_ROLE_SEARCH_SIMILARITY = 0.3;

export interface RoleWithPostings {
  role: string;
  displayName: string;
  postings: number;
}

/**
 * How a role matched, best first: its key is the search's key ("sr backend dev" →
 * "backend engineer"); it is in the same role family; its key or one of its words starts
 * with the search ("back" → Backend Engineer); or it is similar enough (word overlap and
 * kind of job, see roleSimilarity).
 */
function matchRank(roleKey: string, queryKey: string): number | null {
  if (roleKey === queryKey) return 0;
  if (roleFamilyOf(queryKey)?.belongs(roleKey)) return 1;
  if (roleKey.startsWith(queryKey) || roleKey.split(' ').some((word) => word.startsWith(queryKey))) {
    return 2;
  }
  return roleSimilarity(roleKey, queryKey) >= MIN_ROLE_SEARCH_SIMILARITY ? 3 : null;
}

/**
 * The roles that have postings, matched through the role normaliser and ranked by how
 * they match, then similarity, then postings; without search, by postings.
 */
export function searchRoles(
  postingsPerRole: ReadonlyMap<string, number>,
  search: string | null | undefined,
  limit: number,
): RoleWithPostings[] {
  const queryKey = search ? normalizeRole(search) : '';
  const ranked: { role: string; postings: number; rank: number; similarity: number }[] = [];
  for (const [role, postings] of postingsPerRole) {
    if (postings <= 0) continue;
    const rank = queryKey === '' ? 0 : matchRank(role, queryKey);
    if (rank === null) continue;
    ranked.push({ role, postings, rank, similarity: queryKey === '' ? 0 : roleSimilarity(role, queryKey) });
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.similarity - a.similarity ||
        b.postings - a.postings ||
        a.role.localeCompare(b.role),
    )
    .slice(0, limit)
    .map(({ role, postings }) => ({ role, displayName: roleDisplayName(role), postings }));
}
