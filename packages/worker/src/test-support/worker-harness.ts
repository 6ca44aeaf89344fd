import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CollectionRunView, findCollectionRun } from '@career-navigator/domain/internal';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface WorkerLaunch {
  /** The process, from the moment it is spawned. */
  readonly process: ChildProcess;
  /** Settles once the worker has started (its start-up recovery done), rejects if it exits first. */
  readonly ready: Promise<void>;
}

/** Starts test-support/worker-process.ts as a real Node process. */
export function launchWorkerProcess(env: Record<string, string>): WorkerLaunch {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@career-navigator/source', path.join(here, 'worker-process.ts')],
    {
      cwd: path.resolve(here, '../..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const ready = new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WORKER READY')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`worker process exited with ${code ?? signal}:\n${output}`)),
    );
  });
  // A test that kills a starting worker on purpose never waits for it.
  ready.catch(() => undefined);
  return { process: child, ready };
}

/** Starts test-support/worker-process.ts as a real Node process and waits until it is ready. */
export async function spawnWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const { process: child, ready } = launchWorkerProcess(env);
  await ready;
  return child;
}

export async function waitForRun(
  id: string,
  predicate: (run: CollectionRunView) => boolean,
  timeoutMs = 60_000,
): Promise<CollectionRunView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await findCollectionRun(id);
    if (run && predicate(run)) return run;
    if (Date.now() > deadline)
      throw new Error(`run ${id} did not reach the expected state: ${JSON.stringify(run)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const isFinished = (run: CollectionRunView) => run.state === 'COMPLETED' || run.state === 'FAILED';
