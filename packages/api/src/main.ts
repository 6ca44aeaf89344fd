import 'reflect-metadata';
import {
  CatalogError,
  connectDatabase,
  createCleanupQueue,
  createCollectionQueue,
  createLogger,
  disconnectDatabase,
  ensureIndexes,
  type Logger,
  loadConfigOrExit,
  loadLearningResourceCatalog,
  loadProjectCatalog,
  stopOnSignals,
} from '@career-navigator/domain';
import { Redis } from 'ioredis';
import type { Catalogs } from './graphql/index.js';
import { createApiServer, DEFAULT_WEB_APP_DIRECTORY, hasWebApp } from './http/index.js';

/** After a shutdown signal, how long draining may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 15_000;
/** Throttles and readiness must fail fast when Redis is away, not queue up. */
const SHORT_REDIS_TIMEOUT_MS = 2_000;

function loadCatalogsOrExit(
  files: { learningResourcesFile: string | undefined; projectIdeasFile: string | undefined },
  logger: Logger,
): Catalogs {
  try {
    return {
      learningResources: loadLearningResourceCatalog(files.learningResourcesFile),
      projects: loadProjectCatalog(files.projectIdeasFile),
    };
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    logger.fatal({ err: error }, 'a catalog file is invalid');
    process.exit(1);
  }
}

/**
 * Logs when a Redis connection goes down and when it is back, not every
 * failed reconnection attempt in between; the API keeps serving what needs no Redis.
 */
function reportOutages(connection: Redis, name: string, logger: Logger): void {
  let down = false;
  connection.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error, connection: name }, 'Redis connection lost; retrying');
  });
  connection.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ connection: name }, 'Redis connection restored');
  });
}

const config = loadConfigOrExit();
const logger = createLogger({ level: config.logLevel, name: 'api' });

await connectDatabase(config.mongodbUri, { logger });
await ensureIndexes();
const catalogs = loadCatalogsOrExit(config.catalogs, logger);

// BullMQ needs a connection that retries forever; requests need one that gives up quickly.
const queueConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
const redis = new Redis(config.redisUrl, {
  // Every signed-in request reads its user's version: concurrent requests' commands share one write.
  enableAutoPipelining: true,
  maxRetriesPerRequest: 1,
  connectTimeout: SHORT_REDIS_TIMEOUT_MS,
  commandTimeout: SHORT_REDIS_TIMEOUT_MS,
});
const collectionQueue = createCollectionQueue(queueConnection);
const cleanupQueue = createCleanupQueue(queueConnection);
reportOutages(redis, 'redis', logger);
reportOutages(queueConnection, 'queue redis', logger);
// The queue repeats its connection's errors, already reported above.
collectionQueue.on('error', () => {});
cleanupQueue.on('error', () => {});

const webAppDirectory = hasWebApp(DEFAULT_WEB_APP_DIRECTORY) ? DEFAULT_WEB_APP_DIRECTORY : undefined;
const server = await createApiServer({
  config,
  logger,
  redis,
  collectionQueue,
  cleanupQueue,
  catalogs,
  ...(config.operationCostPerIpPerMinute
    ? { throttles: { operationCost: { limit: config.operationCostPerIpPerMinute, windowSeconds: 60 } } }
    : {}),
  ...(webAppDirectory ? { webAppDirectory } : {}),
});
const { url } = await server.start(config.app.port);
logger.info({ url, environment: config.nodeEnv }, `${config.app.name} ${config.app.version} listening`);
if (webAppDirectory) logger.info({ url: new URL('/', url).toString() }, 'serving the web client');
else logger.info('the web client is not built (pnpm build); serving the API only');

stopOnSignals({
  logger,
  graceMs: SHUTDOWN_GRACE_MS,
  messages: { stopping: 'shutting down', overdue: 'shutdown took too long; exiting', stopped: 'stopped' },
  async stop() {
    await server.stop();
    await Promise.all([collectionQueue.close(), cleanupQueue.close()]);
    await Promise.all([queueConnection.quit(), redis.quit(), disconnectDatabase()]);
  },
});
