import { parseLocation } from './location-resolver.js';

export interface SplitLocation {
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
  readonly countryCode: string | null;
}

/**
 * Reads a display location back into its parts: "Toronto, Ontario, Canada" →
 * Toronto / Ontario / Canada (CA); "Austin, TX" → Austin / TX / United States (US);
 * "Germany" → country only. A recognised country is given by its usual English
 * name; other parts stay as written. Remote wording is ignored.
 */
export function splitLocation(text: string): SplitLocation {
  const { parts, match } = parseLocation(text);
  const namedPart = match?.wholePart ? match.partIndex : -1;
  const others = parts.filter((_, index) => index !== namedPart).map((part) => part.text);
  const namesState = match?.place.kind === 'us-state' && match.wholePart;

  let country: string | null = null;
  if (match) country = match.place.kind === 'country' ? match.place.country.name : 'United States';
  else if (others.length >= 3) country = others.pop() ?? null;

  const region = namesState ? parts[namedPart]!.text : others.slice(1).join(', ') || null;
  return { city: others[0] ?? null, region, country, countryCode: match?.countryCode ?? null };
}
