export {
  addDays,
  type Clock,
  completeDayWindows,
  DAY_MS,
  type DayWindow,
  daysAfter,
  fixedClock,
  monthOf,
  monthsOf,
  systemClock,
  trailingWindows,
  utcDay,
} from './clock.js';
