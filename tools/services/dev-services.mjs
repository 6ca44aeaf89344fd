// Starts the MongoDB-compatible dev database (embedded FerretDB) and a private
// redis-server, or reuses MONGODB_URI / REDIS_URL when they are already set.
// One mechanism for `pnpm services`, `pnpm start` and the test suite.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const devdbSourceDir = path.join(repoRoot, 'tools/devdb');
const devdbSources = ['main.go', 'go.mod', 'go.sum'];
const startupTimeoutMs = 60_000;

export class MissingPrerequisiteError extends Error {}

/** Finds `command` on the PATH of `env`, as the shell would, without running it. */
export function findCommand(command, env = process.env) {
  for (const directory of (env.PATH ?? '').split(path.delimiter)) {
    if (!directory) continue;
    const candidate = path.join(directory, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The `go 1.x` line of tools/devdb/go.mod: the oldest Go that builds the dev database. */
export function requiredGoVersion() {
  const goMod = readFileSync(path.join(devdbSourceDir, 'go.mod'), 'utf8');
  const match = goMod.match(/^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m);
  if (!match) throw new Error('tools/devdb/go.mod has no go directive');
  return match[1];
}

function compareVersions(left, right) {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/**
 * Throws MissingPrerequisiteError (one line naming the version needed) when
 * Go is missing or older than go.mod asks for.
 */
export function ensureGo(env = process.env) {
  const required = requiredGoVersion();
  const advice = `install Go ${required} or newer (https://go.dev/dl) or set MONGODB_URI`;
  const go = findCommand('go', env);
  if (!go) {
    throw new MissingPrerequisiteError(
      `Go >= ${required} is required to build the embedded dev database and was not found: ${advice}`,
    );
  }
  const output = spawnSync(go, ['version'], { encoding: 'utf8', env }).stdout ?? '';
  const found = output.match(/go(\d+\.\d+(?:\.\d+)?)/)?.[1];
  if (!found || compareVersions(found, required) < 0) {
    throw new MissingPrerequisiteError(
      `Go >= ${required} is required to build the embedded dev database, found ${found ? `go${found}` : 'an unknown version'}: ${advice}`,
    );
  }
  return go;
}

/**
 * Makes sure redis-server can be started: when it is missing and this process
 * may install packages (root with apt-get), installs Debian's package and says
 * so in one line; otherwise throws MissingPrerequisiteError naming what to install.
 * @param {{ env?: NodeJS.ProcessEnv, isRoot?: boolean, log?: (line: string) => void }} [options]
 * @returns {string} the path of redis-server
 */
export function ensureRedisServer(options = {}) {
  const env = options.env ?? process.env;
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const existing = findCommand('redis-server', env);
  if (existing) return existing;
  const aptGet = findCommand('apt-get', env);
  if (!isRoot || !aptGet) {
    const install = aptGet
      ? 'run sudo apt-get install -y redis-server'
      : "install your system's redis-server package";
    throw new MissingPrerequisiteError(`redis-server is required: ${install}, or set REDIS_URL`);
  }
  log('redis-server is missing: installing it with apt-get install -y redis-server');
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'redis-server'],
  ]) {
    const result = spawnSync(aptGet, args, { env: aptEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) {
      throw new MissingPrerequisiteError(
        `apt-get ${args[0]} failed (exit code ${result.status}): install redis-server by hand, or set REDIS_URL`,
      );
    }
  }
  const installed = findCommand('redis-server', env);
  if (!installed) {
    throw new MissingPrerequisiteError(
      'apt-get installed redis-server but it is not on PATH: add it, or set REDIS_URL',
    );
  }
  return installed;
}

/** Checks (and where allowed installs) what startServices will need, before anything slow runs. */
export function ensurePrerequisites(options = {}) {
  const env = options.env ?? process.env;
  if (!env.MONGODB_URI && !existsSync(devdbBinaryPath())) ensureGo(env);
  if (!env.REDIS_URL) ensureRedisServer(options);
}

function devdbBinaryPath() {
  const hash = createHash('sha256');
  for (const file of devdbSources) hash.update(readFileSync(path.join(devdbSourceDir, file)));
  return path.join(repoRoot, '.cache/devdb', hash.digest('hex').slice(0, 16), 'devdb');
}

/** Builds the devdb binary once per source version and returns its path. */
export function ensureDevdbBinary() {
  const binary = devdbBinaryPath();
  if (existsSync(binary)) return binary;
  const go = ensureGo();
  mkdirSync(path.dirname(binary), { recursive: true });
  process.stderr.write('Building the embedded FerretDB dev database (first run only)...\n');
  const build = spawnSync(go, ['build', '-o', binary, '.'], { cwd: devdbSourceDir, stdio: 'inherit' });
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
  const redisServer = ensureRedisServer();
  const port = await freePort();
  const { child } = await spawnUntilReady(
    'redis-server',
    redisServer,
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
  ensurePrerequisites({ env });
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
