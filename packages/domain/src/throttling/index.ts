export {
  DEFAULT_LIMIT_KEY_PREFIX,
  FixedWindowLimit,
  type FixedWindowLimitOptions,
} from './fixed-window-limit.js';
