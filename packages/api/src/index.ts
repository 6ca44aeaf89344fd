import 'reflect-metadata';

export {
  ApiErrorCode,
  apiSchema,
  type Catalogs,
  DEFAULT_QUERY_LIMITS,
  printApiSchema,
  type QueryLimits,
} from './graphql/index.js';
export { type ApiServer, type ApiServerOptions, createApiServer, GRAPHQL_PATH } from './http/index.js';
