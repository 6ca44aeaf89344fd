// What `pnpm dev` and `pnpm start` share: the dev database and Redis for the system's processes,
// and stopping the processes before the services they use.
import { MissingPrerequisiteError, startServices } from '../tools/services/dev-services.mjs';

/** Starts (or reuses) the dev database and Redis and prints their URLs; exits when a prerequisite is missing. */
export async function startServicesOrExit(options) {
  let services;
  try {
    services = await startServices(options);
  } catch (error) {
    console.error(error instanceof MissingPrerequisiteError ? error.message : error);
    process.exit(1);
  }
  console.log(`MONGODB_URI=${services.mongodbUri}`);
  console.log(`REDIS_URL=${services.redisUrl}`);
  return services;
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/**
 * Stops every child, then the services, then exits — on Ctrl-C or SIGTERM (status 0), or when the
 * script calls `stop(status)`. `stopping` says whether that has begun, so a child's exit during it is
 * no surprise.
 */
export function stopTogether(children, services) {
  let stopping = false;
  async function stop(exitCode) {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map(stopChild));
    await services.stop();
    process.exit(exitCode);
  }
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  return {
    stop,
    get stopping() {
      return stopping;
    },
  };
}
