// Starts the MongoDB-compatible dev database (embedded FerretDB) and a private
// redis-server, or reuses MONGODB_URI / REDIS_URL when they are already set.
// One mechanism for `pnpm services`, `pnpm start` and the test suite.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const devdbSourceDir = path.join(repoRoot, 'tools/devdb');
const devdbSources = ['main.go', 'go.mod', 'go.sum'];
const startupTimeoutMs = 60_000;

export class MissingPrerequisiteError extends Error {}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Builds the devdb binary once per source version and returns its path. */
export function ensureDevdbBinary() {
  const hash = createHash('sha256');
  for (const file of devdbSources) hash.update(readFileSync(path.join(devdbSourceDir, file)));
  const binary = path.join(repoRoot, '.cache/devdb', hash.digest('hex').slice(0, 16), 'devdb');
  if (existsSync(binary)) return binary;
  if (!commandExists('go')) {
    throw new MissingPrerequisiteError(
      'Go >= 1.22 is required to build the embedded dev database: install Go (https://go.dev/dl) or set MONGODB_URI',
    );
  }
  mkdirSync(path.dirname(binary), { recursive: true });
  process.stderr.write('Building the embedded FerretDB dev database (first run only)...\n');
  const build = spawnSync('go', ['build', '-o', binary, '.'], { cwd: devdbSourceDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`go build of tools/devdb failed with exit code ${build.status}`);
  return binary;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns a child and resolves once a stdout line matches `readyPattern`. */
function spawnUntilReady(name, command, args, readyPattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not become ready within ${startupTimeoutMs} ms:\n${output}`));
    }, startupTimeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = output.match(readyPattern);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume();
        child.stderr.resume();
        resolve({ child, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

async function startFerretDb(dataDir) {
  const binary = ensureDevdbBinary();
  const { child, match } = await spawnUntilReady(
    'FerretDB',
    binary,
    ['-data', dataDir, '-listen', '127.0.0.1:0'],
    /READY (mongodb:\/\/\S+)/,
  );
  return { uri: match[1], stop: () => stopChild(child) };
}

async function startRedis() {
  if (!commandExists('redis-server')) {
    throw new MissingPrerequisiteError(
      'redis-server is required: install it (apt-get install -y redis-server) or set REDIS_URL',
    );
  }
  const port = await freePort();
  const { child } = await spawnUntilReady(
    'redis-server',
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--protected-mode',
      'yes',
    ],
    /Ready to accept connections/,
  );
  return { uri: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/**
 * @param {{ dataDir?: string, env?: NodeJS.ProcessEnv }} [options]
 *   dataDir: where FerretDB keeps its SQLite files; a temporary directory
 *   (removed on stop) when omitted.
 * @returns {Promise<{ mongodbUri: string, redisUrl: string, stop: () => Promise<void> }>}
 */
export async function startServices(options = {}) {
  const env = options.env ?? process.env;
  const stops = [];
  const stopAll = async () => {
    await Promise.all(stops.reverse().map((stop) => stop()));
  };
  try {
    let mongodbUri = env.MONGODB_URI;
    if (!mongodbUri) {
      const temporary = !options.dataDir;
      const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'career-navigator-db-'));
      mkdirSync(dataDir, { recursive: true });
      const ferret = await startFerretDb(dataDir);
      stops.push(async () => {
        await ferret.stop();
        if (temporary) rmSync(dataDir, { recursive: true, force: true });
      });
      mongodbUri = `${ferret.uri}career_navigator`;
    }
    let redisUrl = env.REDIS_URL;
    if (!redisUrl) {
      const redis = await startRedis();
      stops.push(redis.stop);
      redisUrl = redis.uri;
    }
    return { mongodbUri, redisUrl, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export { repoRoot };
