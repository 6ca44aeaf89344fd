import 'reflect-metadata';

export { ApiErrorCode, type Catalogs, DEFAULT_QUERY_LIMITS, type QueryLimits } from './graphql/index.js';
export { type ApiServer, type ApiServerOptions, createApiServer, GRAPHQL_PATH } from './http/index.js';
export { apiSchema, printApiSchema } from './schema/index.js';
