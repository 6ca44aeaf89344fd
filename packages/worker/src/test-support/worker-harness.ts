import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CollectionQueue,
  type CollectionRunView,
  findCollectionRun,
  requestCollectionRun,
} from '@career-navigator/domain/internal';
import { type ReadyProcess, spawnReadyProcess } from '@career-navigator/testkit';

const here = path.dirname(fileURLToPath(import.meta.url));

export type WorkerLaunch = ReadyProcess<true>;

/** Starts test-support/worker-process.ts as a real Node process; ready once its start-up recovery is done. */
export function launchWorkerProcess(env: Record<string, string>): WorkerLaunch {
  return spawnReadyProcess({
    name: 'the worker process',
    args: ['--import', 'tsx', '--conditions=@career-navigator/source', path.join(here, 'worker-process.ts')],
    cwd: path.resolve(here, '../..'),
    env,
    readyWhen: (output) => (output.includes('WORKER READY') ? true : undefined),
    // Start-up replays an interrupted journal entry first, which takes a while on a loaded machine.
    timeoutMs: 120_000,
  });
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

/** The roles and size of a test's run: every location, postings up to 30 days old unless said. */
export interface TestRunRequest {
  roles: string[];
  perRoleLimit: number;
  maxAgeDays?: number;
}

/** Queues a TheirStack collection run as an admin does. */
export function requestAdminRun(
  queue: CollectionQueue,
  { roles, perRoleLimit, maxAgeDays = 30 }: TestRunRequest,
): Promise<CollectionRunView> {
  const request = { roles, locations: [], maxAgeDays, perRoleLimit };
  return requestCollectionRun(queue, request, 'theirstack', 'admin@example.com');
}

/** Queues an admin's run and waits until it has finished. */
export async function collectToEnd(
  queue: CollectionQueue,
  request: TestRunRequest,
): Promise<CollectionRunView> {
  return waitForRun((await requestAdminRun(queue, request)).id, isFinished);
}

/** Kills a worker process with SIGKILL and waits until it has exited. */
export async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
