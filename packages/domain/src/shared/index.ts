export { uniqueBy, uniqueIgnoringCase } from './dedupe.js';
export { parseEnumValue } from './enum-parsing.js';
export { oneAhead } from './one-ahead.js';
export { round1 } from './rounding.js';
export { isStoredId } from './stored-id.js';
export { compareText } from './text-order.js';
