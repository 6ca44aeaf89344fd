/**
 * Writes packages/api/schema.graphql from the resolvers.
 * Run: pnpm --filter @career-navigator/api run schema
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printApiSchema } from './api-schema.js';
import { SCHEMA_FILE } from './schema-file.js';

writeFileSync(SCHEMA_FILE, printApiSchema());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
