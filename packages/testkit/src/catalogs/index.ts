import { fileURLToPath } from 'node:url';

/** Catalog files in the original system's formats, to check that loading accepts them. */
export type CatalogFixture =
  | 'original-learning-resources.json'
  | 'original-projects-array.json'
  | 'original-projects-wrapped.json';

export function catalogFixturePath(fixture: CatalogFixture): string {
  return fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url));
}
