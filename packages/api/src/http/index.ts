export {
  type ApiServer,
  type ApiServerOptions,
  createApiServer,
  DEFAULT_SCHEDULING_TIMEOUT_MS,
  GRAPHQL_PATH,
  JSON_BODY_LIMIT,
} from './api-server.js';
export { REQUEST_ID_HEADER } from './request-id.js';
export type { RequestObservation } from './request-observation.js';
export {
  createThrottles,
  DEFAULT_THROTTLES,
  type RateLimit,
  type ThrottleSettings,
  type Throttles,
} from './throttles.js';
export { DEFAULT_WEB_APP_DIRECTORY, hasWebApp } from './web-app.js';
