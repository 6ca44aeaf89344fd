import type { CollectionRunState, CollectionTrigger } from './collection-run.model.js';

export interface RoleCollectionSummary {
  role: string;
  jobsNew: number;
  jobsUpdated: number;
  pagesFetched: number;
  creditsUsed: number;
  stoppedReason: string | null;
}

/** A collection run as clients see it. */
export interface CollectionRunView {
  id: string;
  state: CollectionRunState;
  trigger: CollectionTrigger;
  source: 'theirstack' | 'demo';
  roles: string[];
  locations: string[];
  maxAgeDays: number;
  perRoleLimit: number;
  results: RoleCollectionSummary[];
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface CollectionRequest {
  roles: string[];
  locations: string[];
  maxAgeDays: number;
  perRoleLimit: number;
}

export interface CountByName {
  name: string;
  count: number;
}

export interface CollectionStatistics {
  totalJobs: number;
  jobsLast24h: number;
  jobsLast7d: number;
  topRoles: CountByName[];
  topLocations: CountByName[];
  creditsUsedToday: number;
  creditsUsedThisMonth: number;
  dailyCreditBudget: number;
  dataSources: CountByName[];
  lastRun: CollectionRunView | null;
}

export interface RoleSchedulingOutcome {
  /** Roles for which a collection job was queued now. */
  enqueued: string[];
  /** Roles already waiting in the queue (deduplicated). */
  alreadyPending: string[];
  /** Roles with postings seen recently enough that no collection is needed. */
  fresh: string[];
}
