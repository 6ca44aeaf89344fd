import type { RoleProfileQuery } from '@career-navigator/client';
import { type BarDatum } from '../charts/index.js';
import { formatShare } from '../ui/index.js';

type RoleSkill = RoleProfileQuery['roleProfile']['skills'][number];
export type RoleBand = RoleSkill['band'];

export const BAND_TITLES: Record<RoleBand, string> = {
  ESSENTIAL: 'Essential (asked by at least half of the postings)',
  IMPORTANT: 'Important (at least a quarter)',
  OPTIONAL: 'Optional',
};

/** The role's skills grouped by band, each group most asked-for first; tone shows yours when signed in. */
export function roleSkillGroups(skills: readonly RoleSkill[]): { band: RoleBand; data: BarDatum[] }[] {
  const bands: RoleBand[] = ['ESSENTIAL', 'IMPORTANT', 'OPTIONAL'];
  return bands
    .map((band) => ({
      band,
      data: skills
        .filter((skill) => skill.band === band)
        .sort((a, b) => b.share - a.share)
        .map(
          (skill): BarDatum => ({
            key: skill.skill,
            label: skill.displayName,
            value: skill.share,
            tone: skill.userHas === true ? 'have' : skill.userHas === false ? 'missing' : 'neutral',
            valueText: `${formatShare(skill.share)}${skill.userHas ? ' ✓' : ''}`,
          }),
        ),
    }))
    .filter((group) => group.data.length > 0);
}
