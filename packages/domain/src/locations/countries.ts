import { z } from 'zod';
import { placeCode, placeName, readDataRows } from './data-rows.js';

/**
 * Every ISO 3166-1 country and territory, plus Kosovo (XK), the user-assigned code
 * GeoNames and therefore TheirStack's `locations[]` use for it: data/countries.json, a row
 * `[alpha2, alpha3, name, ...aliases]` a line.
 *
 * `name` is the short English name people write, not ISO's formal one ("South Korea",
 * not "Korea, Republic of"). `aliases` are other ways postings and users write it.
 * No name or alias contains a comma, since a comma separates the parts of a location.
 */
export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = readDataRows(
  'countries.json',
  z.tuple([placeCode(2), placeCode(3), placeName], placeName),
).map(([alpha2, alpha3, name, ...aliases]) => ({ alpha2, alpha3, name, aliases }));
