export type { ApiContext, ApiServices, Catalogs } from './api-context.js';
export { apiSchema, printApiSchema } from './api-schema.js';
export { ApiErrorCode } from './error-codes.js';
export { formatApiError, INTERNAL_ERROR_MESSAGE } from './error-mapping.js';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './query-limits.plugin.js';
export { SCHEMA_FILE } from './schema-file.js';
