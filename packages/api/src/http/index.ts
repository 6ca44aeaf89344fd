export {
  type ApiServer,
  type ApiServerOptions,
  createApiServer,
  DEFAULT_EXTRACTION_RATE_LIMIT,
  DEFAULT_SCHEDULING_TIMEOUT_MS,
  type ExtractionRateLimit,
  GRAPHQL_PATH,
  JSON_BODY_LIMIT,
} from './api-server.js';
export { REQUEST_ID_HEADER } from './request-id.js';
export type { RequestObservation } from './request-observation.js';
