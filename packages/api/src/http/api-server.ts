import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import {
  type AccountServiceOptions,
  type AppConfig,
  type CleanupQueue,
  type Clock,
  type CollectionQueue,
  createDomain,
  type DomainOptions,
  type Logger,
  systemClock,
  type UserVersionsOptions,
} from '@career-navigator/domain';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import { QUEUE_DASHBOARD_PATH, queueDashboard } from '../admin/index.js';
import {
  type ApiContext,
  type ApiServices,
  type Catalogs,
  DEFAULT_QUERY_LIMITS,
  errorReportingPlugin,
  formatApiError,
  operationObservationPlugin,
  type QueryLimits,
  queryLimitsPlugin,
  rollupAnswerCachePlugin,
} from '../graphql/index.js';
import { httpMetrics, metricsRoute } from '../metrics/index.js';
import { apiSchema } from '../schema/index.js';
import { refuseOversizedDocuments } from './document-limits.js';
import { healthRoutes } from './health-routes.js';
import { httpErrorHandler } from './http-errors.js';
import { refusePersistedQueries } from './persisted-queries.js';
import { createRequestContext } from './request-context.js';
import { assignRequestId } from './request-id.js';
import { requestLogging } from './request-logging.js';
import { createThrottles, type ThrottleSettings, type Throttles } from './throttles.js';
import { webAppRoutes } from './web-app.js';

export const GRAPHQL_PATH = '/graphql';
/**
 * Far above any real operation with its variables, including extractSkills' 100,000
 * characters of text (up to 3 bytes each in UTF-8); bounds what one request can make the
 * server parse.
 */
export const JSON_BODY_LIMIT = '1mb';
export const DEFAULT_SCHEDULING_TIMEOUT_MS = 3_000;

export interface ApiServerOptions {
  config: AppConfig;
  logger: Logger;
  /** Tests give a fixed one; the server's processes use the system clock. */
  clock?: Clock;
  /** For the login throttle and readiness; give it short timeouts so an outage fails fast. */
  redis: Redis;
  collectionQueue: CollectionQueue;
  /** Shown with the collection queue on the admins' queue dashboard. */
  cleanupQueue?: CleanupQueue;
  catalogs: Catalogs;
  /** Tests lower the bcrypt cost. */
  passwordHashing?: AccountServiceOptions['passwordHashing'];
  /** Limits of the request throttles; DEFAULT_THROTTLES for what is left out. */
  throttles?: Partial<ThrottleSettings>;
  /** Tests give the throttles' counters a key prefix of their own. */
  throttleKeyPrefix?: string;
  /** Tests give the user versions a key prefix of their own; API processes sharing a database share it. */
  userVersions?: Omit<UserVersionsOptions, 'redis'>;
  /** Express's `trust proxy`: set it when a proxy sits in front, so login throttling sees client IPs. */
  trustProxy?: boolean | number | string;
  queryLimits?: QueryLimits;
  schedulingTimeoutMs?: number;
  /** The built web client to serve at `/` (packages/web/dist); none when absent. */
  webAppDirectory?: string;
  /** Tests that ingest in-process and ask at once allow no staleness. */
  windowTotals?: DomainOptions['windowTotals'];
}

export interface ApiServer {
  app: Express;
  /** Listens on `port` (0 picks a free one) on all interfaces. */
  start(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops accepting connections, lets requests in flight finish, then stops Apollo. */
  stop(): Promise<void>;
}

function createServices(options: ApiServerOptions, throttles: Throttles): ApiServices {
  const domain = createDomain({
    config: options.config,
    clock: options.clock ?? systemClock,
    logger: options.logger,
    redis: options.redis,
    ...(options.windowTotals ? { windowTotals: options.windowTotals } : {}),
    accounts: {
      throttle: throttles.login,
      registrationThrottle: throttles.registrations,
      passwordResetThrottle: throttles.passwordReset,
      passwordResetLimitPerIp: throttles.passwordResetLimitPerIp,
      learningResources: options.catalogs.learningResources,
      ...(options.passwordHashing ? { passwordHashing: options.passwordHashing } : {}),
      ...(options.userVersions ? { userVersions: options.userVersions } : {}),
    },
  });
  return {
    ...domain,
    extractionLimit: throttles.extraction,
    catalogs: options.catalogs,
    collectionQueue: options.collectionQueue,
    schedulingTimeoutMs: options.schedulingTimeoutMs ?? DEFAULT_SCHEDULING_TIMEOUT_MS,
  };
}

function createApollo(
  options: ApiServerOptions,
  httpServer: Server,
  throttles: Throttles,
  services: ApiServices,
): ApolloServer<ApiContext> {
  const { config, logger } = options;
  const schema = apiSchema();
  return new ApolloServer<ApiContext>({
    schema,
    introspection: config.graphqlIntrospection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it stops Apollo, then closes the queue and the stores.
    stopOnTerminationSignals: false,
    persistedQueries: false,
    formatError: (formatted, error) =>
      formatApiError(formatted, error, { hideSuggestions: config.isProduction }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No answer is cacheable (see neverStored), and computing cache hints costs a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      // Sandbox is useless without introspection and harmless with it: one setting governs both.
      config.graphqlIntrospection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(schema, options.queryLimits ?? DEFAULT_QUERY_LIMITS, {
        throttle: throttles.operationCost,
        logger,
      }),
      rollupAnswerCachePlugin({ version: services.analyticsVersion }),
      errorReportingPlugin(logger),
      operationObservationPlugin(),
    ],
  });
}

/** GraphQL answers are never stored by caches: most carry personal data. */
function neverStored(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('cache-control', 'no-store');
  next();
}

/**
 * The HTTP server of the API: GraphQL on /graphql, liveness on /health,
 * readiness on /ready, and the web client at / when given its build. The caller owns the stores and closes them after stop().
 */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const throttles = createThrottles(options.redis, options.throttles, options.throttleKeyPrefix);
  const services = createServices(options, throttles);
  const app = express();
  const httpServer = createServer(app);
  const apollo = createApollo(options, httpServer, throttles, services);
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(assignRequestId);
  app.use(httpMetrics);
  app.use(requestLogging(options.logger));
  // Before every route, so error responses carry CORS headers too.
  app.use(cors({ origin: [...options.config.app.allowedOrigins], credentials: true }));
  // GraphQL first: nearly every request is one, and it then passes through no other router.
  app.use(
    GRAPHQL_PATH,
    neverStored,
    express.json({ limit: JSON_BODY_LIMIT }),
    refusePersistedQueries,
    refuseOversizedDocuments(options.queryLimits ?? DEFAULT_QUERY_LIMITS),
    expressMiddleware(apollo, { context: async ({ req, res }) => createRequestContext(services, req, res) }),
  );
  app.use(healthRoutes(options.config, options.redis));
  app.use(metricsRoute(options.config));
  if (options.config.queueDashboard) {
    app.use(
      QUEUE_DASHBOARD_PATH,
      queueDashboard(services, [
        options.collectionQueue,
        ...(options.cleanupQueue ? [options.cleanupQueue] : []),
      ]),
    );
  }
  if (options.webAppDirectory) app.use(webAppRoutes(options.webAppDirectory));
  app.use(httpErrorHandler(options.logger));

  return {
    app,
    start: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = host ?? 'localhost';
          resolve({ port: address.port, url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}` });
        });
      }),
    stop: async () => {
      await apollo.stop();
      await services.passwordReset.close();
    },
  };
}
