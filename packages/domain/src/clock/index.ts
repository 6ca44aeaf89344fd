export {
  addDays,
  type Clock,
  completeDayWindows,
  type DayWindow,
  fixedClock,
  systemClock,
  trailingWindows,
  utcDay,
} from './clock.js';
