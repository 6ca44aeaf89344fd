import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A code of `letters` capital letters: ISO 3166-1 alpha-2 or alpha-3, a USPS state code. */
export const placeCode = (letters: number) => z.string().regex(new RegExp(`^[A-Z]{${letters}}$`));

/** A name in a row of data/: never blank, never holding a comma, which separates the parts of a location. */
export const placeName = z
  .string()
  .min(1)
  .refine((name) => !name.includes(','), 'must not contain a comma');

/**
 * The rows of a JSON table under data/ (one array of codes and names a line), each checked
 * against `row`; a malformed file fails at start-up. Read relative to this module: the build
 * copies data/ next to the compiled code.
 */
export function readDataRows<Row extends z.ZodType>(fileName: string, row: Row): z.output<Row>[] {
  const text = readFileSync(new URL(`./data/${fileName}`, import.meta.url), 'utf8');
  return z.array(row).parse(JSON.parse(text));
}
