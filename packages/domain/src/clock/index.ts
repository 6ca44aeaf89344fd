export {
  addDays,
  type Clock,
  type DayWindow,
  fixedClock,
  systemClock,
  trailingWindows,
  utcDay,
} from './clock.js';
