import { fileURLToPath } from 'node:url';

/** packages/api/schema.graphql, from src/graphql or dist/graphql alike. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
