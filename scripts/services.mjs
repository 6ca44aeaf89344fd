// `pnpm services`: start the dev database and Redis, print their URIs, and
// keep them running until interrupted.
import path from 'node:path';
import { MissingPrerequisiteError, repoRoot, startServices } from '../tools/services/dev-services.mjs';

try {
  const services = await startServices({ dataDir: path.join(repoRoot, '.data/ferretdb') });
  console.log(`MONGODB_URI=${services.mongodbUri}`);
  console.log(`REDIS_URL=${services.redisUrl}`);
  const shutdown = async () => {
    await services.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  setInterval(() => {}, 1 << 30);
} catch (error) {
  console.error(error instanceof MissingPrerequisiteError ? error.message : error);
  process.exit(1);
}
