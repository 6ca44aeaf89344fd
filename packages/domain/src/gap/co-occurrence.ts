import { byCountThenName, type RollupTotals } from '../rollups/index.js';
import { round1 } from '../shared/index.js';
import { skillDisplayName } from '../skills/index.js';
import type { CoOccurringSkill, MissingSkillCoOccurrence } from './gap.types.js';

/** How many missing skills (in demand order) get a co-occurrence list, and how long each list is. */
export const MAX_MISSING_WITH_CO_OCCURRENCE = 5;
export const MAX_ASKED_WITH = 5;
const MAX_ALSO_ASKED_WITH = 10;

/** Window totals are shared and never changed, so their pair index is built once per totals. */
const partnersOfTotals = new WeakMap<RollupTotals, Map<string, Map<string, number>>>();

/**
 * The role's pair counters as skill → (other skill → postings asking for both).
 * Each pair is counted once per posting at ingestion, so every number here is an
 * exact posting count and never exceeds the postings asking for either skill.
 */
function partnersBySkill(totals: RollupTotals): Map<string, Map<string, number>> {
  let partners = partnersOfTotals.get(totals);
  if (!partners) {
    partners = indexPairs(totals);
    partnersOfTotals.set(totals, partners);
  }
  return partners;
}

function indexPairs(totals: RollupTotals): Map<string, Map<string, number>> {
  const partners = new Map<string, Map<string, number>>();
  const add = (anchor: string, other: string, count: number) => {
    let row = partners.get(anchor);
    if (!row) {
      row = new Map();
      partners.set(anchor, row);
    }
    row.set(other, (row.get(other) ?? 0) + count);
  };
  for (const [pair, count] of totals.skillPairs) {
    if (count <= 0) continue;
    const [a, b] = pair.split('|') as [string, string];
    add(a, b, count);
    add(b, a, count);
  }
  return partners;
}

/**
 * For each of the first missing skills (demand order), the skills most often asked in the
 * same postings, excluding skills the user has. `share` is over the postings asking for the
 * missing skill.
 */
export function skillsAskedWithMissing(
  totals: RollupTotals,
  missingInDemandOrder: readonly string[],
  owned: ReadonlySet<string>,
): MissingSkillCoOccurrence[] {
  const partners = partnersBySkill(totals);
  return missingInDemandOrder.slice(0, MAX_MISSING_WITH_CO_OCCURRENCE).map((missingSkill) => {
    const missingPostings = totals.skills.get(missingSkill) ?? 0;
    const row = new Map(
      [...(partners.get(missingSkill) ?? new Map<string, number>())].filter(([other]) => !owned.has(other)),
    );
    return {
      missingSkill,
      displayName: skillDisplayName(missingSkill),
      postings: missingPostings,
      askedWith: byCountThenName(row)
        .slice(0, MAX_ASKED_WITH)
        .map(([skill, postings]) => ({
          skill,
          displayName: skillDisplayName(skill),
          postings,
          share: missingPostings === 0 ? 0 : round1((postings / missingPostings) * 100),
        })),
    };
  });
}

/**
 * The older flat list: skills neither missing nor owned, each with the largest count of
 * postings it shares with any one missing skill. A maximum (not a sum) so it can never exceed
 * the postings that really ask for the skill together with a missing one.
 */
export function alsoAskedWith(
  totals: RollupTotals,
  missing: ReadonlySet<string>,
  owned: ReadonlySet<string>,
): CoOccurringSkill[] {
  const partners = partnersBySkill(totals);
  const best = new Map<string, number>();
  for (const missingSkill of missing) {
    for (const [other, count] of partners.get(missingSkill) ?? []) {
      if (missing.has(other) || owned.has(other)) continue;
      best.set(other, Math.max(best.get(other) ?? 0, count));
    }
  }
  return byCountThenName(best)
    .slice(0, MAX_ALSO_ASKED_WITH)
    .map(([skill, postings]) => ({ skill, displayName: skillDisplayName(skill), postings }));
}
