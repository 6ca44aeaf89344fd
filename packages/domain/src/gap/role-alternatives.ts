import type { DayWindow } from '../clock/index.js';
import type { WindowTotals } from '../rollups/index.js';
import { standInRoles } from './stand-in-roles.js';

const MAX_ALTERNATIVES = 4;

/** Display names of the roles with data that could stand in for one without (see standInRoles). */
export async function alternativesTo(
  windowTotals: WindowTotals,
  roleKey: string,
  window: DayWindow,
): Promise<string[]> {
  const standIns = await standInRoles(windowTotals, roleKey, window);
  return standIns.slice(0, MAX_ALTERNATIVES).map((role) => role.displayName);
}

/** What a user can do when the window has no postings for a role. */
export function noDataSuggestions(days: number): string[] {
  return [
    days < 365
      ? `Widen the time window: the last ${days} days have no postings for this role.`
      : 'No postings for this role in the last year.',
    'Check the spelling of the role title.',
    'Try a more general title, for example "Software Engineer" instead of a niche specialisation.',
    'Postings for a newly added role are collected in the background; try again in a few minutes.',
  ];
}
