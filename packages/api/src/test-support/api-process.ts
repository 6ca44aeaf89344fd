import { fileURLToPath } from 'node:url';
import { spawnReadyProcess } from '@career-navigator/testkit';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

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
export async function spawnApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const { process: child, ready } = spawnReadyProcess({
    name: 'the API process',
    args: [MAIN],
    env: { PORT: '0', LOG_LEVEL: 'info', ...env },
    readyWhen: (output) => /"url":"http:\/\/[^:"]+:(\d+)\/graphql"/.exec(output)?.[1],
  });
  const port = await ready;
  const stop = () =>
    new Promise<void>((stopped) => {
      if (child.exitCode !== null) return stopped();
      child.once('exit', () => stopped());
      child.kill('SIGTERM');
    });
  return { endpoint: `http://127.0.0.1:${port}/graphql`, pid: child.pid as number, stop };
}
