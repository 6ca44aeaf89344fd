import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export interface ApiProcess {
  /** The GraphQL endpoint. */
  endpoint: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`pnpm build` first) as a real process on a free port,
 * with `env` on top of this process's environment, and waits until it listens.
 */
export function spawnApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the API process did not start within ${READY_TIMEOUT_MS} ms:\n${output}`));
    }, READY_TIMEOUT_MS);
    const stop = () =>
      new Promise<void>((stopped) => {
        if (child.exitCode !== null) return stopped();
        child.once('exit', () => stopped());
        child.kill('SIGTERM');
      });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"url":"http:\/\/[^:"]+:(\d+)\/graphql"/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ endpoint: `http://127.0.0.1:${port}/graphql`, pid: child.pid as number, stop });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API process exited with ${code}:\n${output}`));
    });
  });
}
