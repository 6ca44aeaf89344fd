export { COUNTRIES, type Country } from './countries.js';
export {
  escapeRe2,
  type LocationFilterPlan,
  type LocationSearchSlice,
  planLocationFilters,
} from './location-filter-plan.js';
export { formatLocation, type LocationParts, UNKNOWN_LOCATION } from './location-format.js';
export { countryCodeFor, countryName, isRemoteLocation } from './location-resolver.js';
export { type SplitLocation, splitLocation } from './location-split.js';
export { POPULAR_LOCATIONS } from './popular-locations.js';
export { US_STATES, type UsState } from './us-states.js';
