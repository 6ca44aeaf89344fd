import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CatalogError } from './catalog-error.js';

/**
 * The bundled data file. Resolved from this module's own URL because the build copies
 * `data/` next to the compiled code, so the same relative path works from src and dist.
 */
function bundledDataPath(fileName: string): string {
  return fileURLToPath(new URL(`./data/${fileName}`, import.meta.url));
}

/**
 * Wraps a catalog parser so that each file is read and validated once per process: the
 * catalogs are static data, and every request that needs one would otherwise re-read it.
 * Failures are not cached, so a fixed file is picked up on the next call.
 */
export function loadOncePerFile<Catalog>(
  bundledFileName: string,
  parse: (raw: unknown, filePath: string) => Catalog,
): (filePath?: string) => Catalog {
  const loaded = new Map<string, Catalog>();
  return (filePath) => {
    const resolvedPath = path.resolve(filePath ?? bundledDataPath(bundledFileName));
    const cached = loaded.get(resolvedPath);
    if (cached !== undefined) return cached;
    const catalog = parse(readJson(resolvedPath), resolvedPath);
    loaded.set(resolvedPath, catalog);
    return catalog;
  };
}

function readJson(filePath: string): unknown {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new CatalogError(filePath, undefined, undefined, `cannot be read (${errorMessage(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogError(filePath, undefined, undefined, `is not valid JSON (${errorMessage(error)})`);
  }
}

/** Validates one entry of a catalog, reporting the first problem with its field path. */
export function parseCatalogEntry<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  filePath: string,
  entry: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const field = issue === undefined || issue.path.length === 0 ? undefined : issue.path.join('.');
  throw new CatalogError(filePath, entry, field, issue?.message ?? 'is invalid');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
