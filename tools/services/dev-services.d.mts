export class MissingPrerequisiteError extends Error {}
export function findCommand(command: string, env?: NodeJS.ProcessEnv): string | undefined;
export function requiredGoVersion(): string;
export function ensureGo(env?: NodeJS.ProcessEnv): string;
export interface PrerequisiteOptions {
  env?: NodeJS.ProcessEnv;
  /** Whether this process may install packages; defaults to running as root. */
  isRoot?: boolean;
  /** Where the one line about an installation goes; stderr by default. */
  log?: (line: string) => void;
}
export function ensureRedisServer(options?: PrerequisiteOptions): string;
export function ensurePrerequisites(options?: PrerequisiteOptions): void;
export function ensureDevdbBinary(): string;
export function startServices(options?: {
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<{ mongodbUri: string; redisUrl: string; stop: () => Promise<void> }>;
export const repoRoot: string;
