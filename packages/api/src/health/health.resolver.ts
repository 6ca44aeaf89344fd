import type { AppConfig } from '@career-navigator/domain';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/index.js';
import { HealthType } from './health.graphql-types.js';

/** The liveness answer shared by GET /health and the health query; it needs no database. */
export function liveness(config: AppConfig): HealthType {
  return { status: 'ok', app: config.app.name, version: config.app.version };
}

@Resolver()
export class HealthResolver {
  @Query(() => HealthType)
  health(@Ctx() { services }: ApiContext): HealthType {
    return liveness(services.config);
  }
}
