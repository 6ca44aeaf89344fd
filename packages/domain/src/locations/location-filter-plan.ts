import { uniqueIgnoringCase } from '../shared/index.js';
import { type ParsedLocation, type PlaceMatch, parseLocation } from './location-resolver.js';
import type { LocationPart } from './location-text.js';

/**
 * One TheirStack search's location filters. TheirStack ANDs different filter fields
 * and ORs the values within one, so the slice is the unit that keeps its meaning:
 * any of `countryCodes` (`job_country_code_or`) AND any of `locationPatterns`
 * (`job_location_pattern_or`) AND `remote`. An empty list means no filter.
 */
export interface LocationSearchSlice {
  /** The requested locations this slice covers, joined with "; ". */
  readonly label: string;
  readonly locations: readonly string[];
  readonly countryCodes: readonly string[];
  readonly locationPatterns: readonly string[];
  /** true: remote jobs only; null: remote or not. */
  readonly remote: boolean | null;
}

/**
 * The searches that together cover a list of requested locations, plus their union
 * for display. Mixed requests need several searches: "Germany" + "Austin, TX" +
 * "Remote" cannot be one filter, since a country list ANDed with the pattern
 * "Austin" would drop the rest of Germany (the original's bug, which also lost
 * remote jobs outside the listed countries). So:
 * - whole countries share one slice (codes only, remote or not);
 * - cities and regions get a slice per country (that country's code AND the
 *   place patterns), skipped when the whole country is already searched;
 * - remote requests share one slice with `remote: true`, limited to their countries
 *   ("Remote - US") unless some request was remote anywhere, and skipped when the
 *   whole country is already searched.
 * No requested location gives one unfiltered slice.
 */
export interface LocationFilterPlan {
  readonly countryCodes: readonly string[];
  readonly locationPatterns: readonly string[];
  /** Every requested location was remote. */
  readonly remoteOnly: boolean;
  readonly slices: readonly LocationSearchSlice[];
}

type SearchTarget =
  | { readonly kind: 'country'; readonly location: string; readonly countryCode: string }
  | {
      readonly kind: 'place';
      readonly location: string;
      readonly countryCode: string | undefined;
      readonly pattern: string;
    }
  | { readonly kind: 'remote'; readonly location: string; readonly countryCode: string | undefined };

/** Escapes every RE2 metacharacter so user text matches literally. */
export function escapeRe2(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** The part's text without the words that named its state or country, when those end it ("Austin TX" → "Austin"). */
function textBeforeMatch(part: LocationPart, match: PlaceMatch): string | undefined {
  const first = match.words[0];
  if (!first || match.words.at(-1) !== part.words.at(-1)) return undefined;
  const kept = part.text.slice(0, first.start).trim();
  return kept || undefined;
}

/**
 * The most specific place a location names, for a pattern: the first part that is
 * not the country or state ("Austin" in "Austin, TX, US"), or a state standing alone
 * by its full name ("TX" → "Texas"), which TheirStack matches among region names.
 */
function placeText(parsed: ParsedLocation, match: PlaceMatch): string | undefined {
  const otherPart = parsed.parts.find((_, index) => index !== match.partIndex);
  if (otherPart) return otherPart.text;
  const matchedPart = parsed.parts[match.partIndex];
  const cut = matchedPart && !match.wholePart ? textBeforeMatch(matchedPart, match) : undefined;
  if (cut) return cut;
  return match.place.kind === 'us-state' ? match.place.state.name : undefined;
}

function searchTarget(location: string): SearchTarget | undefined {
  const parsed = parseLocation(location);
  const { match } = parsed;
  if (parsed.remote) return { kind: 'remote', location: parsed.text, countryCode: match?.countryCode };
  if (!match) {
    const first = parsed.parts[0];
    return first
      ? { kind: 'place', location: parsed.text, countryCode: undefined, pattern: first.text }
      : undefined;
  }
  const pattern = placeText(parsed, match);
  return pattern
    ? { kind: 'place', location: parsed.text, countryCode: match.countryCode, pattern }
    : { kind: 'country', location: parsed.text, countryCode: match.countryCode };
}

function slice(
  targets: readonly SearchTarget[],
  filters: Pick<LocationSearchSlice, 'countryCodes' | 'locationPatterns' | 'remote'>,
): LocationSearchSlice {
  const locations = targets.map((target) => target.location);
  return { label: locations.join('; '), locations, ...filters };
}

function countrySlices(targets: readonly SearchTarget[]): LocationSearchSlice[] {
  const countries = targets.filter((target) => target.kind === 'country');
  if (countries.length === 0) return [];
  return [
    slice(countries, {
      countryCodes: uniqueIgnoringCase(countries.map((target) => target.countryCode)),
      locationPatterns: [],
      remote: null,
    }),
  ];
}

function placeSlices(
  targets: readonly SearchTarget[],
  wholeCountries: ReadonlySet<string>,
): LocationSearchSlice[] {
  const byCountry = new Map<string, Extract<SearchTarget, { kind: 'place' }>[]>();
  for (const target of targets) {
    if (target.kind !== 'place' || (target.countryCode && wholeCountries.has(target.countryCode))) continue;
    const key = target.countryCode ?? '';
    byCountry.set(key, [...(byCountry.get(key) ?? []), target]);
  }
  return Array.from(byCountry, ([countryCode, places]) =>
    slice(places, {
      countryCodes: countryCode ? [countryCode] : [],
      locationPatterns: uniqueIgnoringCase(places.map((place) => escapeRe2(place.pattern))),
      remote: null,
    }),
  );
}

function remoteSlices(
  targets: readonly SearchTarget[],
  wholeCountries: ReadonlySet<string>,
): LocationSearchSlice[] {
  const remotes = targets.filter((target) => target.kind === 'remote');
  if (remotes.some((target) => target.countryCode === undefined)) {
    return [slice(remotes, { countryCodes: [], locationPatterns: [], remote: true })];
  }
  const uncovered = remotes.filter((target) => target.countryCode && !wholeCountries.has(target.countryCode));
  if (uncovered.length === 0) return [];
  return [
    slice(uncovered, {
      countryCodes: uniqueIgnoringCase(
        uncovered.flatMap((target) => (target.countryCode ? [target.countryCode] : [])),
      ),
      locationPatterns: [],
      remote: true,
    }),
  ];
}

const UNFILTERED: LocationSearchSlice = {
  label: '',
  locations: [],
  countryCodes: [],
  locationPatterns: [],
  remote: null,
};

/** Plans TheirStack location filters for the requested locations; see {@link LocationFilterPlan}. */
export function planLocationFilters(locations: readonly string[]): LocationFilterPlan {
  const targets = uniqueIgnoringCase(locations.map((location) => location.trim()).filter(Boolean)).flatMap(
    (location) => searchTarget(location) ?? [],
  );
  const countries = countrySlices(targets);
  const wholeCountries = new Set(countries.flatMap((country) => country.countryCodes));
  const slices = [
    ...countries,
    ...placeSlices(targets, wholeCountries),
    ...remoteSlices(targets, wholeCountries),
  ];
  const planned = slices.length > 0 ? slices : [UNFILTERED];
  return {
    countryCodes: uniqueIgnoringCase(planned.flatMap((search) => search.countryCodes)),
    locationPatterns: uniqueIgnoringCase(planned.flatMap((search) => search.locationPatterns)),
    remoteOnly: targets.length > 0 && targets.every((target) => target.kind === 'remote'),
    slices: planned,
  };
}
