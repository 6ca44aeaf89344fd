// `pnpm start`: the whole system on embedded defaults. Starts (or reuses) the
// dev database and Redis, then the built api and worker, and stops everything
// on Ctrl-C. Without THEIR_STACK_API_KEY the worker collects the demo market.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../tools/services/dev-services.mjs';
import { API_HEAP_FLAGS, WORKER_HEAP_FLAGS } from './process-heap.mjs';
import { startServicesOrExit, stopTogether } from './system-processes.mjs';

const entryPoints = {
  api: path.join(repoRoot, 'packages/api/dist/main.js'),
  worker: path.join(repoRoot, 'packages/worker/dist/main.js'),
};
const nodeFlags = { api: API_HEAP_FLAGS, worker: WORKER_HEAP_FLAGS };

for (const [name, file] of Object.entries(entryPoints)) {
  if (!existsSync(file)) {
    console.error(`${name} is not built (${path.relative(repoRoot, file)} missing): run pnpm build first`);
    process.exit(1);
  }
}

const services = await startServicesOrExit({ dataDir: path.join(repoRoot, '.data/ferretdb') });
const env = { ...process.env, MONGODB_URI: services.mongodbUri, REDIS_URL: services.redisUrl };

const running = Object.entries(entryPoints).map(([name, file]) => ({
  name,
  child: spawn(process.execPath, [...nodeFlags[name], file], { env, stdio: 'inherit' }),
}));
const system = stopTogether(
  running.map(({ child }) => child),
  services,
);
for (const { name, child } of running) {
  child.on('exit', (code, signal) => {
    if (system.stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping the system`);
    void system.stop(1);
  });
}
