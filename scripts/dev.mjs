// `pnpm dev`: the dev database and Redis (or MONGODB_URI / REDIS_URL), then the
// api and the worker from their TypeScript sources through SWC, each restarted
// by Node's watch mode when a source file of its package or of domain changes.
// Settings come from .env (copied from .env.example on the first run), or from
// the file DEV_ENV_FILE names; the shell's own variables win over the file.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { repoRoot } from '../tools/services/dev-services.mjs';
import { startServicesOrExit, stopTogether } from './system-processes.mjs';

const envFile = process.env.DEV_ENV_FILE ?? path.join(repoRoot, '.env');
if (!existsSync(envFile)) {
  copyFileSync(path.join(repoRoot, '.env.example'), envFile);
  console.log(`created ${path.relative(repoRoot, envFile)} from .env.example: edit it to change settings`);
}
const fromFile = Object.fromEntries(
  Object.entries(parseEnv(readFileSync(envFile, 'utf8'))).filter(([, value]) => value !== ''),
);
const env = { ...fromFile, ...process.env };

const services = await startServicesOrExit({ dataDir: path.join(repoRoot, '.data/ferretdb'), env });
Object.assign(env, { MONGODB_URI: services.mongodbUri, REDIS_URL: services.redisUrl });

const watched = { api: ['api', 'domain'], worker: ['worker', 'domain'] };
const children = Object.entries(watched).map(([name, packages]) =>
  spawn(
    process.execPath,
    [
      '--conditions=@career-navigator/source',
      '--import',
      path.join(repoRoot, 'tools/dev/swc-register.mjs'),
      ...packages.map((pkg) => `--watch-path=${path.join(repoRoot, 'packages', pkg, 'src')}`),
      '--watch-preserve-output',
      path.join(repoRoot, 'packages', name, 'src/main.ts'),
    ],
    { env, stdio: 'inherit', cwd: repoRoot },
  ),
);
console.log(`API and Sandbox: http://localhost:${env.PORT ?? 8000}/graphql (restarts when sources change)`);
stopTogether(children, services);
