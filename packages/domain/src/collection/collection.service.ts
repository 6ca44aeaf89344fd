import type { Redis } from 'ioredis';
import type { Clock } from '../clock/index.js';
import type { AppConfig } from '../config/index.js';
import type { Logger } from '../logging/index.js';
import type { PostingSource } from '../postings/index.js';
import type { CollectionJobData, CollectionQueue } from '../queues/index.js';
import type { SkillNormalizer } from '../skills/index.js';
import { PROBE_REQUEST } from '../theirstack/index.js';
import type {
  CollectionRequest,
  CollectionRunView,
  CollectionStatistics,
  RoleSchedulingOutcome,
} from './collection.types.js';
import {
  executeCollectionRun,
  failCollectionRun,
  failOrphanedRuns,
  findCollectionRun,
  hasCollectedPostings,
  latestCollectionRun,
  planAllUsersRun,
  planCollectionRun,
  USER_ROLE_DEFAULTS,
} from './collection-runs.js';
import { collectionStatistics } from './collection-statistics.js';
import { chooseJobSource, type JobSource, postingSourceOf } from './job-source.js';
import type { CollectionContext } from './role-collector.js';
import { enqueueRoleCollections, requestCollectionRun } from './role-scheduling.js';
import { runFailureReason } from './run-failure-reason.js';

export interface CollectionServiceOptions {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  /** For the TheirStack rate limiter shared by every process. */
  redis: Redis;
  /** Prefix of the rate limiter's Redis keys (the BullMQ prefix in the worker). */
  keyPrefix: string;
  /** Replaces the source the config selects (benchmarks search a corpus of their own). */
  jobSource?: JobSource;
  /** The process's skill normaliser, for the postings' technologies. */
  skills: SkillNormalizer;
  /** The ingestion lock's lease (default INGESTION_LEASE_MS). */
  ingestionLeaseMs?: number | undefined;
}

/**
 * Every collection rule in one place: which source is searched (TheirStack
 * with a key, else the demo market), where (the locations asked for, else
 * the configured defaults), and a run's life: plan, execute, fail.
 */
export class CollectionService {
  readonly source: PostingSource;
  private readonly options: CollectionServiceOptions;
  private chosen: JobSource | undefined;

  constructor(options: CollectionServiceOptions) {
    this.options = options;
    this.source = options.jobSource?.source ?? postingSourceOf(options.config);
  }

  /** The locations asked for, or the configured defaults when none were. */
  searchLocations(requested: readonly string[]): string[] {
    if (requested.length > 0) return [...requested];
    return [...(this.options.config.collection.defaultLocations ?? [])];
  }

  /** Queues a collection per added role; a user's own location is searched, else the defaults. */
  scheduleRoles(
    queue: CollectionQueue,
    roles: readonly string[],
    where: { userLocation?: string | null; trigger: 'profile' | 'startup' },
  ): Promise<RoleSchedulingOutcome> {
    return enqueueRoleCollections(queue, roles, {
      locations: this.searchLocations(where.userLocation ? [where.userLocation] : []),
      trigger: where.trigger,
      clock: this.options.clock,
    });
  }

  /** An empty database gets the popular roles collected at once; the roles queued, or null. */
  async scheduleIfEmpty(queue: CollectionQueue, roles: readonly string[]): Promise<string[] | null> {
    if (await hasCollectedPostings()) return null;
    return (await this.scheduleRoles(queue, roles, { trigger: 'startup' })).enqueued;
  }

  /** An admin's run: stored so it can be polled, then queued for the worker. */
  requestRun(
    queue: CollectionQueue,
    request: CollectionRequest,
    requestedBy: string,
  ): Promise<CollectionRunView> {
    return requestCollectionRun(queue, request, this.source, requestedBy);
  }

  findRun(id: string): Promise<CollectionRunView | null> {
    return findCollectionRun(id);
  }

  latestRun(): Promise<CollectionRunView | null> {
    return latestCollectionRun();
  }

  statistics(): Promise<CollectionStatistics> {
    return collectionStatistics(this.options.config.theirStack.dailyCreditBudget, this.options.clock);
  }

  /**
   * Works a collection job: plans its run on the first attempt (`remember` stores the run's id
   * with the job, so a retry continues that run), then executes it. The run's id, or null when
   * the daily job found nothing to collect.
   */
  async runJob(data: CollectionJobData, remember: (runId: string) => Promise<void>): Promise<string | null> {
    let runId = data.runId ?? null;
    if (!runId) {
      const planned =
        data.kind === 'role'
          ? await planCollectionRun(
              { roles: [data.role], locations: this.searchLocations(data.locations), ...USER_ROLE_DEFAULTS },
              data.trigger,
              this.context(),
            )
          : await planAllUsersRun(this.context(), { locations: this.searchLocations([]) });
      if (!planned) return null;
      runId = planned.id;
      await remember(runId);
    }
    return (await executeCollectionRun(runId, this.context())).id;
  }

  /**
   * Fails a run for good; an error's message is shown with every configured secret cut out.
   * The reason stored, or null when the run had already ended.
   */
  async failRun(runId: string, cause: Error | string): Promise<string | null> {
    const reason = typeof cause === 'string' ? cause : runFailureReason(cause, this.secrets());
    return (await failCollectionRun(runId, reason, this.options)) ? reason : null;
  }

  /** Start-up recovery: fails RUNNING runs none of `liveRunIds` will continue; the failed ids. */
  failRunsWithout(liveRunIds: ReadonlySet<string>): Promise<string[]> {
    return failOrphanedRuns(liveRunIds, this.options);
  }

  /** Asks the source one small question at start-up; a failure is logged, collections retry anyway. */
  async probe(): Promise<void> {
    const { logger } = this.options;
    try {
      await this.jobSource().searcher.probe();
      logger.info({ source: this.source }, 'job source answered the start-up probe');
    } catch (error) {
      logger.warn(
        { source: this.source, err: error, request: PROBE_REQUEST },
        'job source probe failed; collections will retry',
      );
    }
  }

  /** Built on first use: the API process plans and reads runs but never searches. */
  private jobSource(): JobSource {
    this.chosen ??= this.options.jobSource ?? chooseJobSource(this.options);
    return this.chosen;
  }

  private context(): CollectionContext {
    const { config, clock, logger, skills, ingestionLeaseMs } = this.options;
    return {
      ...this.jobSource(),
      maxJobsPerSearch: config.collection.maxJobsPerSearch,
      dailyCreditBudget: config.theirStack.dailyCreditBudget,
      clock,
      logger,
      skills,
      ingestionLeaseMs,
    };
  }

  private secrets(): string[] {
    const { config } = this.options;
    return [config.theirStack.apiKey, config.jwt.secret, config.passwordPepper].filter(
      (secret): secret is string => typeof secret === 'string',
    );
  }
}
