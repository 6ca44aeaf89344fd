import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ensureGo,
  ensureRedisServer,
  MissingPrerequisiteError,
  repoRoot,
  requiredGoVersion,
} from './dev-services.mjs';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A directory to serve as the whole PATH: only the commands a test puts there exist. */
function emptyBin(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'prerequisites-'));
  directories.push(directory);
  return directory;
}

function writeScript(directory: string, name: string, body: string): void {
  const file = path.join(directory, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

/** An apt-get that records its arguments and, on install, puts a redis-server beside itself. */
function stubAptGet(bin: string): string {
  const calls = path.join(bin, 'apt-get.calls');
  writeScript(
    bin,
    'apt-get',
    [
      `echo "$@" >> "${calls}"`,
      'if [ "$1" = install ]; then',
      `  printf '#!/bin/sh\\necho "Ready to accept connections"\\n' > "${bin}/redis-server"`,
      `  /bin/chmod +x "${bin}/redis-server"`,
      'fi',
    ].join('\n'),
  );
  return calls;
}

function expectOneLine(error: unknown, ...fragments: string[]): void {
  expect(error).toBeInstanceOf(MissingPrerequisiteError);
  const { message } = error as Error;
  expect(message).not.toContain('\n');
  for (const fragment of fragments) expect(message).toContain(fragment);
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the prerequisite check to throw');
}

describe('redis-server missing from PATH', () => {
  it('is installed with apt-get when running as root, saying so in one line', () => {
    const bin = emptyBin();
    const calls = stubAptGet(bin);
    const lines: string[] = [];
    const redisServer = ensureRedisServer({
      env: { PATH: bin },
      isRoot: true,
      log: (line) => lines.push(line),
    });
    expect(redisServer).toBe(path.join(bin, 'redis-server'));
    expect(lines).toEqual(['redis-server is missing: installing it with apt-get install -y redis-server']);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'update -qq',
      'install -y -qq redis-server',
    ]);
  });

  it('stops with one line naming the package when the process may not install', () => {
    const bin = emptyBin();
    const calls = stubAptGet(bin);
    const error = thrownBy(() => ensureRedisServer({ env: { PATH: bin }, isRoot: false, log: () => {} }));
    expectOneLine(error, 'redis-server is required', 'sudo apt-get install -y redis-server', 'REDIS_URL');
    expect(() => readFileSync(calls)).toThrow();
  });

  it('stops with one line when there is no apt-get', () => {
    const error = thrownBy(() =>
      ensureRedisServer({ env: { PATH: emptyBin() }, isRoot: true, log: () => {} }),
    );
    expectOneLine(
      error,
      'redis-server is required',
      "install your system's redis-server package",
      'REDIS_URL',
    );
  });

  it('stops with one line when apt-get fails', () => {
    const bin = emptyBin();
    writeScript(bin, 'apt-get', 'exit 100');
    const error = thrownBy(() => ensureRedisServer({ env: { PATH: bin }, isRoot: true, log: () => {} }));
    expectOneLine(error, 'apt-get update failed (exit code 100)', 'REDIS_URL');
  });

  it('is left alone when it is already installed', () => {
    const bin = emptyBin();
    writeScript(bin, 'redis-server', 'exit 0');
    const lines: string[] = [];
    expect(ensureRedisServer({ env: { PATH: bin }, isRoot: true, log: (line) => lines.push(line) })).toBe(
      path.join(bin, 'redis-server'),
    );
    expect(lines).toEqual([]);
  });
});

describe('the prerequisites script run by pnpm verify', () => {
  it('installs redis-server (as root) or prints the one line, with redis-server absent from PATH', () => {
    const bin = emptyBin();
    const calls = stubAptGet(bin);
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/prerequisites.mjs')], {
      env: { PATH: bin, MONGODB_URI: 'mongodb://127.0.0.1:27017/unused' },
      encoding: 'utf8',
    });
    if (process.getuid?.() === 0) {
      expect(result.status).toBe(0);
      expect(result.stderr).toBe(
        'redis-server is missing: installing it with apt-get install -y redis-server\n',
      );
      expect(readFileSync(calls, 'utf8')).toContain('install -y -qq redis-server');
    } else {
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'redis-server is required: run sudo apt-get install -y redis-server, or set REDIS_URL\n',
      );
    }
  });
});

describe('Go', () => {
  const required = requiredGoVersion();

  it('takes the version it needs from tools/devdb/go.mod', () => {
    const goMod = readFileSync(path.join(repoRoot, 'tools/devdb/go.mod'), 'utf8');
    expect(goMod).toMatch(new RegExp(`^go ${required.replaceAll('.', '\\.')}$`, 'm'));
  });

  it('names the version needed when Go is missing', () => {
    const error = thrownBy(() => ensureGo({ PATH: emptyBin() }));
    expectOneLine(error, `Go >= ${required} is required`, 'was not found', `install Go ${required} or newer`);
  });

  it('names the version needed and the one found when Go is too old', () => {
    const bin = emptyBin();
    writeScript(bin, 'go', 'echo "go version go1.22.5 linux/amd64"');
    const error = thrownBy(() => ensureGo({ PATH: bin }));
    expectOneLine(
      error,
      `Go >= ${required} is required`,
      'found go1.22.5',
      `install Go ${required} or newer`,
    );
  });

  it('accepts a newer Go', () => {
    const bin = emptyBin();
    writeScript(bin, 'go', 'echo "go version go1.99.0 linux/amd64"');
    expect(ensureGo({ PATH: bin })).toBe(path.join(bin, 'go'));
  });
});
