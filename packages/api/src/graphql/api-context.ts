import type {
  CollectionQueue,
  DomainWithAccounts,
  LearningResourceCatalog,
  ProjectCatalog,
  RequestThrottle,
} from '@career-navigator/domain';
import type { RequestAuth } from '../auth/index.js';
import type { RequestObservation } from '../http/index.js';

/** Catalogs are read once at start-up and shared by every request. */
export interface Catalogs {
  learningResources: LearningResourceCatalog;
  projects: ProjectCatalog;
}

/** What resolvers need for the lifetime of the server: the domain's services and the API's own. */
export interface ApiServices extends DomainWithAccounts {
  catalogs: Catalogs;
  collectionQueue: CollectionQueue;
  /** Requests per client IP to the skill extraction operations. */
  extractionLimit: RequestThrottle;
  /** How long a profile update waits for the job queue before giving up on scheduling. */
  schedulingTimeoutMs: number;
}

/** Built per request: nothing here is shared between two requests. */
export interface ApiContext {
  requestId: string;
  /** Date.now() when the request arrived: the operation's deadline counts from here. */
  startedAt: number;
  /** Results of top-level query fields by field and arguments, shared by aliases asking the same. */
  rootResults: Map<string, Promise<unknown>>;
  clientIp: string | undefined;
  /** The User-Agent header, shown in the user's session list. */
  userAgent: string | undefined;
  auth: RequestAuth;
  services: ApiServices;
  /** Shared with the request's log line and metrics. */
  observation: RequestObservation;
}
