import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A code of `letters` capital letters: ISO 3166-1 alpha-2 or alpha-3, a USPS state code. */
export const placeCode = (letters: number) => z.string().regex(new RegExp(`^[A-Z]{${letters}}$`));

/** A name in a row of data/: never blank, never holding a comma, which separates the parts of a location. */
export const placeName = z
  .string()
  .min(1)
  .refine((name) => !name.includes(','), 'must not contain a comma');

/** A location table under data/ that is not what its rows must be; start-up stops on it. */
export class LocationDataError extends Error {
  constructor(fileName: string, problem: string) {
    super(`locations/data/${fileName}: ${problem}`);
    this.name = 'LocationDataError';
  }
}

/** The rows of a table's JSON text, each checked against `row`; the error names the file and the row. */
export function parseDataRows<Row extends z.ZodType>(
  fileName: string,
  text: string,
  row: Row,
): z.output<Row>[] {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (error) {
    throw new LocationDataError(fileName, `not JSON (${(error as Error).message})`);
  }
  const parsed = z.array(row).safeParse(rows);
  if (!parsed.success) throw new LocationDataError(fileName, z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * The rows of a JSON table under data/ (one array of codes and names a line); a malformed file
 * fails at start-up. Read relative to this module: the build copies data/ next to the compiled code.
 */
export function readDataRows<Row extends z.ZodType>(fileName: string, row: Row): z.output<Row>[] {
  return parseDataRows(fileName, readFileSync(new URL(`./data/${fileName}`, import.meta.url), 'utf8'), row);
}
