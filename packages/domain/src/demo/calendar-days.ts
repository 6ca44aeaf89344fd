/**
 * Postings are dated by UTC calendar day (YYYY-MM-DD). Day numbers count days
 * since 1970-01-01, so ranges of days are plain integer ranges.
 */
import { DAY_MS, utcDay } from '../clock/index.js';

export function dayNumberOf(instant: Date): number {
  return Math.floor(instant.getTime() / DAY_MS);
}

export function dayNumberOfDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  return utcDay(new Date(day * DAY_MS));
}
