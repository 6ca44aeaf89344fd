import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from './api-schema.js';
import { SCHEMA_FILE } from './schema-file.js';

describe('packages/api/schema.graphql', () => {
  it('is what the resolvers declare (run `pnpm schema`, then `pnpm codegen`, when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printApiSchema());
  });
});
