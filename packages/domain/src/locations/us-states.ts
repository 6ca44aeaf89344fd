import { z } from 'zod';
import { placeCode, placeName, readDataRows } from './data-rows.js';

/**
 * The 50 US states and the District of Columbia, by USPS code: data/us-states.json, a row
 * `[code, name, ...aliases]` a line.
 */
export interface UsState {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const US_STATES: readonly UsState[] = readDataRows(
  'us-states.json',
  z.tuple([placeCode(2), placeName], placeName),
).map(([code, name, ...aliases]) => ({ code, name, aliases }));
