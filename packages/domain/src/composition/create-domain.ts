import type { Redis } from 'ioredis';
import {
  AccountService,
  type AccountServiceOptions,
  type LoginThrottle,
  PasswordResetService,
  ProfileSkillImport,
  UserVersions,
  type UserVersionsOptions,
} from '../accounts/index.js';
import type { LearningResourceCatalog } from '../catalogs/index.js';
import type { Clock } from '../clock/index.js';
import { CollectionService, type JobSource } from '../collection/index.js';
import type { AppConfig } from '../config/index.js';
import { SkillGapService } from '../gap/index.js';
import {
  LearningProgressService,
  LearningRoadmapService,
  SkillProgressRepository,
} from '../learning/index.js';
import type { Logger } from '../logging/index.js';
import { createMailer } from '../mail/index.js';
import { MarketTrendsService } from '../market/index.js';
import { RoleProfileService } from '../role-profiles/index.js';
import { WindowTotals, type WindowTotalsOptions } from '../rollups/index.js';
import { SkillProfileService } from '../skill-profiles/index.js';
import { SkillNormalizer } from '../skills/index.js';
import type { RequestThrottle } from '../throttling/index.js';

export interface DomainOptions {
  config: AppConfig;
  /** The one source of "now" for every service (tests give a fixed one). */
  clock: Clock;
  logger: Logger;
  /** Shared state between processes: user versions, the TheirStack rate limiter. */
  redis: Redis;
  /** Replaces the job source the config selects. */
  jobSource?: JobSource;
  /** Prefix of the collection's Redis keys (the worker's BullMQ prefix); default 'bull'. */
  keyPrefix?: string;
  /** The ingestion lock's lease: how long a crashed writer holds others off (default 15 s). */
  ingestionLeaseMs?: number | undefined;
  /** Bounds of the shared window-totals cache (tests that ingest and read at once use stalenessMs 0). */
  windowTotals?: Omit<WindowTotalsOptions, 'clock'>;
}

/** What the account services need besides the domain's options (the API builds the throttles). */
export interface AccountSettings {
  throttle: LoginThrottle;
  registrationThrottle: RequestThrottle;
  /** requestPasswordReset per address (its limit) and per client IP (`passwordResetLimitPerIp`). */
  passwordResetThrottle: RequestThrottle;
  passwordResetLimitPerIp: number;
  /** The resource catalog the learning services check progress against. */
  learningResources: LearningResourceCatalog;
  /** Tests lower the bcrypt cost. */
  passwordHashing?: AccountServiceOptions['passwordHashing'];
  /** Tests give the user versions a key prefix of their own. */
  userVersions?: Omit<UserVersionsOptions, 'redis'>;
}

/** The services of one process, built once and shared by every request or job. */
export interface Domain {
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly collection: CollectionService;
  readonly gap: SkillGapService;
  readonly market: MarketTrendsService;
  readonly roleProfiles: RoleProfileService;
  readonly skillProfiles: SkillProfileService;
  readonly roadmaps: LearningRoadmapService;
  /** What the rollup answers of this moment derive from (WindowTotals.version). */
  readonly analyticsVersion: () => Promise<string>;
}

/** The API's domain: accounts, the learning progress they own, and skill import. */
export interface DomainWithAccounts extends Domain {
  readonly accounts: AccountService;
  /** Holds mails still being sent: close() it on shutdown. */
  readonly passwordReset: PasswordResetService;
  readonly skillImport: ProfileSkillImport;
  readonly learning: LearningProgressService;
}

/**
 * The composition root: the only place that builds repositories and services,
 * so each process (the API server, the worker app) holds exactly one of each
 * and every service gets the same clock, config and logger.
 */
export function createDomain(options: DomainOptions & { accounts: AccountSettings }): DomainWithAccounts;
export function createDomain(options: DomainOptions): Domain;
export function createDomain(
  options: DomainOptions & { accounts?: AccountSettings },
): Domain | DomainWithAccounts {
  const { config, clock, logger, redis } = options;
  // One memo of skill spellings per process: the collection maps every posting's technologies through it.
  const skills = new SkillNormalizer();
  const collection = new CollectionService({
    config,
    clock,
    logger,
    redis,
    keyPrefix: options.keyPrefix ?? 'bull',
    skills,
    ...(options.jobSource ? { jobSource: options.jobSource } : {}),
    ingestionLeaseMs: options.ingestionLeaseMs,
  });
  // One cache of rollup sums per process, shared by every service that reads rollups.
  const windowTotals = new WindowTotals({ ...options.windowTotals, clock });
  const reads = { clock, windowTotals };
  const gap = new SkillGapService(reads);
  const domain: Domain = {
    config,
    clock,
    logger,
    collection,
    gap,
    market: new MarketTrendsService(reads),
    roleProfiles: new RoleProfileService(reads),
    skillProfiles: new SkillProfileService(reads),
    roadmaps: new LearningRoadmapService({ ...reads, gap }),
    analyticsVersion: () => windowTotals.version(),
  };
  const settings = options.accounts;
  if (!settings) return domain;
  const learningProgress = new SkillProgressRepository();
  const accounts = new AccountService({
    config,
    clock,
    logger,
    throttle: settings.throttle,
    registrationThrottle: settings.registrationThrottle,
    userVersions: new UserVersions({ ...settings.userVersions, redis }),
    ...(settings.passwordHashing ? { passwordHashing: settings.passwordHashing } : {}),
    userDataStores: [learningProgress],
  });
  return {
    ...domain,
    accounts,
    passwordReset: new PasswordResetService({
      config,
      accounts,
      mailer: createMailer(config, logger),
      throttle: settings.passwordResetThrottle,
      limitPerIp: settings.passwordResetLimitPerIp,
      logger,
      clock,
    }),
    skillImport: new ProfileSkillImport(accounts.profiles),
    learning: new LearningProgressService({
      catalog: settings.learningResources,
      profileSkills: accounts.profiles,
      repository: learningProgress,
      clock,
    }),
  };
}
