export {
  addDays,
  type Clock,
  completeDayWindows,
  DAY_MS,
  type DayWindow,
  daysAfter,
  fixedClock,
  systemClock,
  trailingWindows,
  utcDay,
} from './clock.js';
