export { apiSchema, printApiSchema } from './api-schema.js';
export { SCHEMA_FILE } from './schema-file.js';
