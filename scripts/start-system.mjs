// `pnpm start`: the whole system on embedded defaults. Starts (or reuses) the
// dev database and Redis, then the built api and worker, and stops everything
// on Ctrl-C. Without THEIR_STACK_API_KEY the worker collects the demo market.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MissingPrerequisiteError, repoRoot, startServices } from '../tools/services/dev-services.mjs';

const entryPoints = {
  api: path.join(repoRoot, 'packages/api/dist/main.js'),
  worker: path.join(repoRoot, 'packages/worker/dist/main.js'),
};

for (const [name, file] of Object.entries(entryPoints)) {
  if (!existsSync(file)) {
    console.error(`${name} is not built (${path.relative(repoRoot, file)} missing): run pnpm build first`);
    process.exit(1);
  }
}

let services;
try {
  services = await startServices({ dataDir: path.join(repoRoot, '.data/ferretdb') });
} catch (error) {
  console.error(error instanceof MissingPrerequisiteError ? error.message : error);
  process.exit(1);
}

const env = { ...process.env, MONGODB_URI: services.mongodbUri, REDIS_URL: services.redisUrl };
console.log(`MONGODB_URI=${services.mongodbUri}`);
console.log(`REDIS_URL=${services.redisUrl}`);

const children = Object.entries(entryPoints).map(([name, file]) => {
  const child = spawn(process.execPath, [file], { env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the system`);
      void stop(1);
    }
  });
  return child;
});

let stopping = false;
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  await services.stop();
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
