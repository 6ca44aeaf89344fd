export { type LocationSearchSlice, planLocationFilters } from './location-filter-plan.js';
export { formatLocation } from './location-format.js';
export { countryCodeFor, countryName } from './location-resolver.js';
export { splitLocation } from './location-split.js';
