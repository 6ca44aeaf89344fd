import type { TestProject } from 'vitest/node';
import { startServices } from './tools/services/dev-services.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
    redisUrl: string;
  }
}

/** One FerretDB and one redis-server for the whole run; each test file isolates itself inside them. */
export default async function setup(project: TestProject) {
  const services = await startServices();
  project.provide('mongodbUri', services.mongodbUri);
  project.provide('redisUrl', services.redisUrl);
  return async () => {
    await services.stop();
  };
}
