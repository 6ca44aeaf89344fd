import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CollectionRunView, findCollectionRun } from '@career-navigator/domain';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts test-support/worker-process.ts as a real Node process and waits until it is ready. */
export function spawnWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@career-navigator/source', path.join(here, 'worker-process.ts')],
      {
        cwd: path.resolve(here, '../..'),
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WORKER READY')) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`worker process exited with ${code}:\n${output}`)));
  });
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
