import { countryCodeFor, countryName, formatLocation, splitLocation } from '../../locations/index.js';
import type { TheirStackJob, TheirStackLocation } from '../../theirstack/index.js';
import type { MappedPosting } from '../mapped-posting.js';

type JobPlace = Pick<
  MappedPosting,
  'location' | 'city' | 'region' | 'country' | 'countryCode' | 'coordinates'
>;

interface PlaceParts {
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
  readonly countryCode: string | null;
}

/** A trimmed non-empty string, else null; the API's JSON is not trusted to match its types. */
export function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function isoAlpha2OrNull(value: unknown): string | null {
  const code = textOrNull(value)?.toUpperCase();
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}

const NOTHING_KNOWN: PlaceParts = { city: null, region: null, country: null, countryCode: null };

/**
 * A `locations[]` entry: its own fields first, then its `display_name`
 * ("Toronto, Ontario, Canada") for what they leave out.
 */
function partsFromStructured(location: TheirStackLocation): PlaceParts | null {
  const display = textOrNull(location.display_name);
  const fromDisplay = display ? splitLocation(display) : NOTHING_KNOWN;
  const name = textOrNull(location.name);
  const isCityLevel = location.type === 'city' || location.type == null;
  const parts: PlaceParts = {
    city: isCityLevel ? (name ?? fromDisplay.city) : null,
    region:
      textOrNull(location.admin1_name) ??
      (location.type === 'region' ? name : null) ??
      (isCityLevel ? fromDisplay.region : null),
    country:
      textOrNull(location.country_name) ?? (location.type === 'country' ? name : null) ?? fromDisplay.country,
    countryCode: isoAlpha2OrNull(location.country_code) ?? fromDisplay.countryCode,
  };
  return parts.city || parts.region || parts.country ? parts : null;
}

/** The job's flat fields: `location` is the city, with `state_code` and `country` around it. */
function partsFromFlatFields(job: TheirStackJob): PlaceParts | null {
  const city = textOrNull(job.location);
  const country = textOrNull(job.country);
  if (city) return { city, region: textOrNull(job.state_code), country, countryCode: null };
  const short = textOrNull(job.short_location);
  if (short) {
    const split = splitLocation(short);
    return { ...split, country: country ?? split.country };
  }
  return country ? { city: null, region: null, country, countryCode: null } : null;
}

/** Most structured source first: `locations[0]`, then `long_location`, then the flat fields. */
function placeParts(job: TheirStackJob): PlaceParts {
  const first = job.locations?.[0];
  const structured = first ? partsFromStructured(first) : null;
  if (structured) return structured;
  const long = textOrNull(job.long_location);
  if (long) return splitLocation(long);
  return partsFromFlatFields(job) ?? NOTHING_KNOWN;
}

function countryCodeOf(job: TheirStackJob, parts: PlaceParts): string | null {
  const fromJob =
    isoAlpha2OrNull(job.country_code) ?? parts.countryCode ?? isoAlpha2OrNull(job.country_codes?.[0]);
  if (fromJob) return fromJob;
  const written = [parts.city, parts.region, parts.country].filter((part) => part !== null).join(', ');
  return countryCodeFor(written) ?? null;
}

function isCoordinate(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

function coordinatesOf(job: TheirStackJob): MappedPosting['coordinates'] {
  for (const source of [job, job.locations?.[0]]) {
    const latitude = source?.latitude;
    const longitude = source?.longitude;
    if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180)) return { latitude, longitude };
  }
  return null;
}

/** Where a TheirStack job is, as the posting stores it. */
export function jobPlace(job: TheirStackJob): JobPlace {
  const parts = placeParts(job);
  const countryCode = countryCodeOf(job, parts);
  const country = parts.country ?? (countryCode ? (countryName(countryCode) ?? null) : null);
  return {
    city: parts.city,
    region: parts.region,
    country,
    countryCode,
    location: formatLocation({ city: parts.city, region: parts.region, country }),
    coordinates: coordinatesOf(job),
  };
}
