import { type ChildProcess, spawn } from 'node:child_process';

export interface ReadyProcessOptions<T> {
  /** Names the process in errors ("the API process"). */
  readonly name: string;
  /** Arguments to this Node binary (a script, loader flags). */
  readonly args: readonly string[];
  /** Added to this process's environment. */
  readonly env: Record<string, string>;
  readonly cwd?: string;
  /** What the process is ready with, read from its output so far; undefined while it is not ready. */
  readyWhen(output: string): T | undefined;
  /** Killed and rejected when not ready by then; default 60 s. */
  readonly timeoutMs?: number;
}

export interface ReadyProcess<T> {
  /** The process, from the moment it is spawned. */
  readonly process: ChildProcess;
  /** Settles once the process says it is ready; rejects, with its output, if it exits first or times out. */
  readonly ready: Promise<T>;
}

/** Starts a Node process for a test and watches its output until it says it is ready. */
export function spawnReadyProcess<T>(options: ReadyProcessOptions<T>): ReadyProcess<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, [...options.args], {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<T>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const value = options.readyWhen(output);
      if (value === undefined) return;
      clearTimeout(timer);
      resolve(value);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code ?? signal}:\n${output}`));
    });
  });
  // A test that kills a starting process on purpose never waits for it.
  ready.catch(() => undefined);
  return { process: child, ready };
}
