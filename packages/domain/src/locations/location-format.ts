export interface LocationParts {
  readonly city?: string | null;
  readonly region?: string | null;
  readonly country?: string | null;
}

export const UNKNOWN_LOCATION = 'Unknown';

/**
 * "City, Region, Country" from the parts that are known. A part repeating an
 * earlier one is dropped ("Singapore, Singapore" → "Singapore").
 */
export function formatLocation({ city, region, country }: LocationParts): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const part of [city, region, country]) {
    const text = part?.replace(/\s+/g, ' ').trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    parts.push(text);
  }
  return parts.length > 0 ? parts.join(', ') : UNKNOWN_LOCATION;
}
