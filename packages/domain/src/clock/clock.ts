/** The one source of "now", so services can be tested with a fixed time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}

export const DAY_MS = 86_400_000;

/** The instant `days` whole days after `instant` (before it, for a negative count). */
export function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** UTC calendar day, YYYY-MM-DD. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The UTC calendar month of a day, YYYY-MM. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The months (YYYY-MM) a window's days fall in, in order. */
export function monthsOf(window: DayWindow): string[] {
  const months: string[] = [];
  const last = monthOf(window.to);
  for (let month = monthOf(window.from); month <= last; ) {
    months.push(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return months;
}

export interface DayWindow {
  /** First day included. */
  from: string;
  /** Last day included. */
  to: string;
}

/** The `days` most recent UTC days ending today, and the equally long window before it. */
export function trailingWindows(now: Date, days: number): { current: DayWindow; previous: DayWindow } {
  const today = utcDay(now);
  const from = addDays(today, -(days - 1));
  return {
    current: { from, to: today },
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
  };
}

/**
 * Windows of whole UTC days for comparing periods: `current` is the `days` complete days
 * before today (today, still filling, is left out), `previous` the `days` days before those.
 */
export function completeDayWindows(now: Date, days: number): { current: DayWindow; previous: DayWindow } {
  return trailingWindows(new Date(Date.parse(`${addDays(utcDay(now), -1)}T00:00:00Z`)), days);
}
