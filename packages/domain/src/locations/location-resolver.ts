import { COUNTRIES, type Country } from './countries.js';
import {
  foldPhrase,
  type LocationPart,
  type LocationWord,
  locationParts,
  textOfWords,
} from './location-text.js';
import { US_STATES, type UsState } from './us-states.js';

export type Place =
  | { readonly kind: 'country'; readonly country: Country }
  | { readonly kind: 'us-state'; readonly state: UsState };

/**
 * When a name counts. `whole`: the name is a whole part ("UK", "Austin, tx").
 * `inside`: the name is some of a part's words ("Austin TX"). Codes and
 * abbreviations count inside text only in capitals, so the "in" of "Jobs in Berlin"
 * is not India; ISO-3 codes need capitals even alone ("GUY" is Guyana, "Guy" is not).
 */
type CaseRule = 'any-case' | 'uppercase' | 'never';

interface PlaceName {
  readonly place: Place;
  readonly whole: CaseRule;
  readonly inside: CaseRule;
}

/** "America" inside text is usually "Latin/North/South America", not the US. */
const WHOLE_PART_ONLY_NAMES: ReadonlySet<string> = new Set(['america']);

function isAbbreviation(name: string): boolean {
  return !name.includes(' ') && name === name.toUpperCase();
}

function nameRules(name: string): Pick<PlaceName, 'whole' | 'inside'> {
  if (WHOLE_PART_ONLY_NAMES.has(foldPhrase(name))) return { whole: 'any-case', inside: 'never' };
  return { whole: 'any-case', inside: isAbbreviation(name) ? 'uppercase' : 'any-case' };
}

class PlaceIndex {
  private readonly names = new Map<string, PlaceName>();
  maxWords = 1;

  /** The first registration of a name wins, so a country's own names beat its codes. */
  add(name: string, place: Place, rules: Pick<PlaceName, 'whole' | 'inside'>): void {
    const key = foldPhrase(name);
    if (this.names.has(key)) return;
    this.names.set(key, { place, ...rules });
    this.maxWords = Math.max(this.maxWords, key.split(' ').length);
  }

  /** A place's names, then its two-letter code: alone in any case, inside text in capitals. */
  addPlace(place: Place, names: readonly string[], code: string): void {
    for (const name of names) this.add(name, place, nameRules(name));
    this.add(code, place, { whole: 'any-case', inside: 'uppercase' });
  }

  find(words: readonly LocationWord[], asWholePart: boolean): Place | undefined {
    const entry = this.names.get(words.map((word) => word.folded).join(' '));
    if (!entry) return undefined;
    const rule = asWholePart ? entry.whole : entry.inside;
    if (rule === 'never') return undefined;
    if (rule === 'uppercase' && !words.every((word) => isWrittenInCapitals(word.raw))) return undefined;
    return entry.place;
  }
}

function isWrittenInCapitals(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function buildCountryIndex(): PlaceIndex {
  const index = new PlaceIndex();
  for (const country of COUNTRIES) {
    const place: Place = { kind: 'country', country };
    index.addPlace(place, [country.name, ...country.aliases], country.alpha2);
    index.add(country.alpha3, place, { whole: 'uppercase', inside: 'uppercase' });
  }
  return index;
}

function buildUsStateIndex(): PlaceIndex {
  const index = new PlaceIndex();
  for (const state of US_STATES) {
    index.addPlace({ kind: 'us-state', state }, [state.name, ...state.aliases], state.code);
  }
  return index;
}

const COUNTRY_INDEX = buildCountryIndex();
const US_STATE_INDEX = buildUsStateIndex();
const COUNTRY_BY_ALPHA2 = new Map(COUNTRIES.map((country) => [country.alpha2, country]));

/**
 * Where a location was recognised: which part, and which of its words named the place.
 */
export interface PlaceMatch {
  readonly place: Place;
  readonly countryCode: string;
  readonly partIndex: number;
  readonly words: readonly LocationWord[];
  readonly wholePart: boolean;
}

/**
 * Which index to ask first. A name standing alone reads as a country ("Georgia",
 * "CA" = Canada); after a city it reads as a US state ("Atlanta, Georgia",
 * "San Diego, CA"), the "City, ST" form US postings use. The cost is that
 * "Munich, DE" reads as Delaware; write "Munich, Germany" for Germany.
 */
function indexesInOrder(qualified: boolean): readonly PlaceIndex[] {
  return qualified ? [US_STATE_INDEX, COUNTRY_INDEX] : [COUNTRY_INDEX, US_STATE_INDEX];
}

function findInWholePart(part: LocationPart, qualified: boolean): Place | undefined {
  for (const index of indexesInOrder(qualified)) {
    const place = index.find(part.words, true);
    if (place) return place;
  }
  return undefined;
}

/** Longest names first, so "Papua New Guinea" wins over "Guinea" and "New Jersey" over "Jersey". */
function findInsidePart(part: LocationPart): { place: Place; words: LocationWord[] } | undefined {
  const maxWords = Math.min(Math.max(COUNTRY_INDEX.maxWords, US_STATE_INDEX.maxWords), part.words.length - 1);
  for (let size = maxWords; size >= 1; size--) {
    for (let start = part.words.length - size; start >= 0; start--) {
      const words = part.words.slice(start, start + size);
      for (const index of indexesInOrder(true)) {
        const place = index.find(words, false);
        if (place) return { place, words };
      }
    }
  }
  return undefined;
}

function countryCodeOf(place: Place): string {
  return place.kind === 'country' ? place.country.alpha2 : 'US';
}

/** Georgian cities that override reading "Georgia" after a city as the US state. */
const GEORGIAN_CITIES: ReadonlySet<string> = new Set(['tbilisi', 'batumi', 'kutaisi', 'rustavi', 'zugdidi']);

function withGeorgiaDisambiguated(place: Place, parts: readonly LocationPart[]): Place {
  if (place.kind !== 'us-state' || place.state.code !== 'GA') return place;
  const namesGeorgianCity = parts.some((part) => part.words.some((word) => GEORGIAN_CITIES.has(word.folded)));
  const georgia = COUNTRY_BY_ALPHA2.get('GE');
  return namesGeorgianCity && georgia ? { kind: 'country', country: georgia } : place;
}

/** Reads parts from the last, the way "City, Region, Country" narrows right to left. */
function findPlace(parts: readonly LocationPart[]): PlaceMatch | undefined {
  const qualified = parts.length > 1;
  for (let partIndex = parts.length - 1; partIndex >= 0; partIndex--) {
    const part = parts[partIndex]!;
    const whole = findInWholePart(part, qualified);
    const found = whole ? { place: whole, words: part.words } : findInsidePart(part);
    if (found) {
      const place = withGeorgiaDisambiguated(found.place, parts);
      return { place, countryCode: countryCodeOf(place), partIndex, words: found.words, wholePart: !!whole };
    }
  }
  return undefined;
}

const REMOTE_WORDS: ReadonlySet<string> = new Set([
  'remote',
  'remotely',
  'anywhere',
  'worldwide',
  'wfh',
  'telecommute',
  'telecommuting',
]);
const REMOTE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['work', 'from', 'home'],
  ['home', 'based'],
];
/** Words that only qualify the remoteness ("Fully remote", "Remote in the US", "Remote first"). */
const REMOTE_QUALIFIERS: ReadonlySet<string> = new Set([
  'fully',
  '100',
  'only',
  'first',
  'friendly',
  'ok',
  'option',
  'possible',
  'in',
  'the',
  'world',
  'from',
]);

function remoteWordPositions(words: readonly LocationWord[]): Set<number> {
  const positions = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    if (REMOTE_WORDS.has(words[index]!.folded)) positions.add(index);
    for (const phrase of REMOTE_PHRASES) {
      if (!phrase.every((folded, offset) => words[index + offset]?.folded === folded)) continue;
      for (let offset = 0; offset < phrase.length; offset++) positions.add(index + offset);
    }
  }
  if (positions.size === 0) return positions;
  for (let index = 0; index < words.length; index++) {
    if (REMOTE_QUALIFIERS.has(words[index]!.folded)) positions.add(index);
  }
  return positions;
}

export interface ParsedLocation {
  /** The location as given, trimmed. */
  readonly text: string;
  readonly remote: boolean;
  /** The parts that name places, remote wording removed. */
  readonly parts: readonly LocationPart[];
  readonly match: PlaceMatch | undefined;
}

export function parseLocation(location: string): ParsedLocation {
  const text = location.trim();
  let remote = false;
  const parts: LocationPart[] = [];
  for (const part of locationParts(text)) {
    const remotePositions = remoteWordPositions(part.words);
    if (remotePositions.size === 0) {
      parts.push(part);
      continue;
    }
    remote = true;
    const kept = part.words.filter((_, index) => !remotePositions.has(index));
    if (kept.length > 0) parts.push({ text: textOfWords(part, kept), words: kept });
  }
  return { text, remote, parts, match: findPlace(parts) };
}

/**
 * The ISO 3166-1 alpha-2 code of the country a location is in: "Berlin, Germany" →
 * DE, "Austin, TX" → US, "U.K." → GB. Names match as whole words only, so
 * "Milwaukee" is not the UK and "Indiana" is not India. Pure remote wording
 * ("Remote", "Anywhere", "Worldwide") has no country; "Remote, US" is US.
 */
export function countryCodeFor(location: string): string | undefined {
  return parseLocation(location).match?.countryCode;
}

/** Whether the location text says the job is remote ("Remote", "Remote - US", "Anywhere", "WFH"). */
export function isRemoteLocation(location: string): boolean {
  return parseLocation(location).remote;
}

/** The English name of an ISO 3166-1 alpha-2 code, any case: "de" → "Germany". */
export function countryName(code: string): string | undefined {
  return COUNTRY_BY_ALPHA2.get(code.trim().toUpperCase())?.name;
}
