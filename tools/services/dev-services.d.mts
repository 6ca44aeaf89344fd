export class MissingPrerequisiteError extends Error {}
export function ensureDevdbBinary(): string;
export function startServices(options?: {
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<{ mongodbUri: string; redisUrl: string; stop: () => Promise<void> }>;
export const repoRoot: string;
