/**
 * Postings are dated by UTC calendar day (YYYY-MM-DD). Day numbers count days
 * since 1970-01-01, so ranges of days are plain integer ranges.
 */
import { utcDay } from '../clock/index.js';

const MS_PER_DAY = 86_400_000;

export function dayNumberOf(instant: Date): number {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}

export function dayNumberOfDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function dateOfDayNumber(day: number): string {
  return utcDay(new Date(day * MS_PER_DAY));
}
