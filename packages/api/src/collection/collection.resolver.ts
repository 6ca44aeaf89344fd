import { type AccountUser, NotFoundError } from '@career-navigator/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ADMIN, CurrentUser } from '../auth/index.js';
import type { ApiContext } from '../graphql/index.js';
import {
  CollectionRunType,
  CollectionStatisticsType,
  TriggerCollectionInput,
} from './collection.graphql-types.js';

@Resolver()
export class CollectionResolver {
  @Authorized(ADMIN)
  @Mutation(() => CollectionRunType, {
    description: 'Queues a collection run for the worker; poll collectionRun(id) for its progress.',
  })
  triggerCollection(
    @Arg('input', () => TriggerCollectionInput) input: TriggerCollectionInput,
    @CurrentUser() admin: AccountUser,
    @Ctx() { services }: ApiContext,
  ): Promise<CollectionRunType> {
    return services.collection.requestRun(services.collectionQueue, { ...input }, admin._id.toString());
  }

  @Authorized(ADMIN)
  @Query(() => CollectionRunType)
  async collectionRun(
    @Arg('id', () => ID) id: string,
    @Ctx() { services }: ApiContext,
  ): Promise<CollectionRunType> {
    const run = await services.collection.findRun(id);
    if (!run) throw new NotFoundError('Collection run not found', { id });
    return run;
  }

  @Authorized(ADMIN)
  @Query(() => CollectionStatisticsType, { description: 'What the collection has gathered and spent.' })
  collectionStatistics(@Ctx() { services }: ApiContext): Promise<CollectionStatisticsType> {
    return services.collection.statistics();
  }
}
