import type { LearningResourceCatalog } from '../../catalogs/index.js';
import type { Clock } from '../../clock/index.js';
import { withLock } from '../../database/index.js';
import { NotFoundError, ValidationError } from '../../errors/index.js';
import { normalizeSkill, normalizeSkills, skillDisplayName } from '../../skills/index.js';
import type {
  CompletedLearningResource,
  LearningProgressSnapshot,
  MyLearning,
  ProfileSkills,
  SkillProgress,
} from './learning-progress.types.js';
import { LEARNING_STATES, type LearningState } from './skill-progress.model.js';
import type {
  SkillProgressChange,
  SkillProgressRecord,
  SkillProgressRepository,
} from './skill-progress.repository.js';

export interface LearningProgressServiceOptions {
  catalog: LearningResourceCatalog;
  profileSkills: ProfileSkills;
  repository: SkillProgressRepository;
  clock: Clock;
}

/** Transitions of one skill are quick; a crashed holder blocks that skill's next mark for at most the TTL. */
const SKILL_LEASE = { ttlMs: 10_000, waitMs: 10_000, pollMs: 20 };
const RECENTLY_FINISHED_LIMIT = 5;

function parseState(state: string): LearningState {
  if (!(LEARNING_STATES as readonly string[]).includes(state)) {
    throw ValidationError.forField('state', `must be one of ${LEARNING_STATES.join(', ')}`);
  }
  return state as LearningState;
}

function parseSkill(raw: string): string {
  const skill = normalizeSkill(raw);
  if (skill === '') throw ValidationError.forField('skill', 'must name a skill');
  return skill;
}

type LearnerProfile = { _id: { toString(): string }; skills: string[] };

function learnedSkillsOf(records: readonly SkillProgressRecord[]): string[] {
  return records.filter((record) => record.state === 'DONE').map((record) => record.skill);
}

/** The stored fields after moving from `previous` to `state`; the profile bookkeeping is the caller's. */
function nextProgress(
  previous: SkillProgressRecord | null,
  state: LearningState,
  now: Date,
): Omit<SkillProgressChange, 'addedToProfile'> {
  const startedAt = previous?.startedAt ?? null;
  const wasDone = previous?.state === 'DONE';
  return {
    state,
    startedAt: state === 'NOT_STARTED' ? null : state === 'SKIPPED' ? startedAt : (startedAt ?? now),
    finishedAt: state === 'DONE' ? (wasDone ? (previous?.finishedAt ?? now) : now) : null,
  };
}

/**
 * A learner's progress through skills and resources: states per skill (DONE
 * also puts the skill into the profile), completed catalog resources, and the
 * views other answers need (the skills a learner has, a snapshot for roadmaps).
 */
export class LearningProgressService {
  private readonly catalog: LearningResourceCatalog;
  private readonly profileSkills: ProfileSkills;
  private readonly repository: SkillProgressRepository;
  private readonly clock: Clock;
  /**
   * Users with their learned skills, by the user object asked about. The principal cache
   * hands out one object per user and version, and every change of a DONE state moves the
   * version (learnedSkillsChanged), so a signed-in user's learned skills are read once per
   * version instead of once per request.
   */
  private readonly learnedByUser = new WeakMap<LearnerProfile, Promise<LearnerProfile>>();

  constructor(options: LearningProgressServiceOptions) {
    this.catalog = options.catalog;
    this.profileSkills = options.profileSkills;
    this.repository = options.repository;
    this.clock = options.clock;
  }

  /** `skill` in any spelling; an unknown one is kept as its cleaned id. */
  async setSkillProgress(userId: string, rawSkill: string, rawState: string): Promise<SkillProgress> {
    const state = parseState(rawState);
    const skill = parseSkill(rawSkill);
    const record = await this.transition(userId, skill, () => state);
    return this.toSkillProgress(record, await this.completedUrls(userId));
  }

  /**
   * Marks a catalog resource (by URL) completed or not, and answers with the
   * progress of the skill it is listed under. Completing a resource of a skill
   * not started yet starts it.
   */
  async setResourceCompleted(userId: string, url: string, completed: boolean): Promise<SkillProgress> {
    const resource = this.catalog.findResource(url);
    if (resource === undefined) {
      throw new NotFoundError('No learning resource in the catalog has this url', { field: 'url' });
    }
    if (completed) {
      await this.repository.markResourceCompleted(userId, resource.url, this.clock.now());
    } else {
      await this.repository.unmarkResourceCompleted(userId, resource.url);
    }
    const record = completed
      ? await this.transition(userId, resource.skill, (previous) =>
          (previous?.state ?? 'NOT_STARTED') === 'NOT_STARTED' ? 'IN_PROGRESS' : null,
        )
      : await this.current(userId, resource.skill);
    return this.toSkillProgress(record, await this.completedUrls(userId));
  }

  async skillProgress(userId: string, rawSkill: string): Promise<SkillProgress> {
    const skill = parseSkill(rawSkill);
    return this.toSkillProgress(await this.current(userId, skill), await this.completedUrls(userId));
  }

  async myLearning(userId: string): Promise<MyLearning> {
    const [records, completions] = await Promise.all([
      this.repository.listForUser(userId),
      this.repository.completedResources(userId),
    ]);
    const completedUrls = new Set(completions.map((completion) => completion.url));
    const progress = records
      .map((record) => this.toSkillProgress(record, completedUrls))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
    const inState = (state: LearningState) => progress.filter((entry) => entry.state === state);
    const done = inState('DONE');
    const resourcesCompleted = completions.flatMap((completion): CompletedLearningResource[] => {
      const resource = this.catalog.findResource(completion.url);
      return resource ? [{ resource, completedAt: completion.completedAt }] : [];
    });
    return {
      inProgress: inState('IN_PROGRESS'),
      done,
      skipped: inState('SKIPPED'),
      recentlyFinished: [...done]
        .sort((a, b) => (b.finishedAt?.getTime() ?? 0) - (a.finishedAt?.getTime() ?? 0))
        .slice(0, RECENTLY_FINISHED_LIMIT),
      resourcesCompleted,
      hoursDone: resourcesCompleted.reduce((sum, { resource }) => sum + resource.estimatedHours, 0),
    };
  }

  /** The user with the skills they marked DONE counted as theirs, for every answer about their skills. */
  withLearnedSkills<U extends LearnerProfile>(user: U): Promise<U> {
    let withLearned = this.learnedByUser.get(user) as Promise<U> | undefined;
    if (!withLearned) {
      withLearned = this.addLearnedSkills(user);
      this.learnedByUser.set(user, withLearned);
      withLearned.catch(() => this.learnedByUser.delete(user));
    }
    return withLearned;
  }

  private async addLearnedSkills<U extends LearnerProfile>(user: U): Promise<U> {
    const learned = learnedSkillsOf(await this.repository.listForUser(user._id.toString()));
    if (learned.every((skill) => user.skills.includes(skill))) return user;
    return { ...user, skills: normalizeSkills([...user.skills, ...learned]) };
  }

  async snapshot(userId: string): Promise<LearningProgressSnapshot> {
    const [records, completedUrls] = await Promise.all([
      this.repository.listForUser(userId),
      this.completedUrls(userId),
    ]);
    const states = new Map(records.map((record) => [record.skill, record.state]));
    return {
      stateOf: (skill) => states.get(normalizeSkill(skill)) ?? null,
      learnedSkills: learnedSkillsOf(records),
      isResourceCompleted: (url) => completedUrls.has(url),
    };
  }

  /**
   * Moves one skill to the state `decide` picks (null: leave it). Marks of one skill
   * take turns under a short lease, so the profile bookkeeping of two devices marking
   * it at once stays right; marks of different skills touch different documents.
   */
  private transition(
    userId: string,
    skill: string,
    decide: (previous: SkillProgressRecord | null) => LearningState | null,
  ): Promise<SkillProgressRecord> {
    return withLock(
      `learning:${userId}/${skill}`,
      async () => {
        const previous = await this.repository.find(userId, skill);
        const state = decide(previous);
        if (state === null) return previous ?? this.notStarted(userId, skill);
        const change = {
          ...nextProgress(previous, state, this.clock.now()),
          addedToProfile: await this.updateProfile(userId, skill, previous, state),
        };
        await this.repository.save(userId, skill, change);
        if ((previous?.state === 'DONE') !== (state === 'DONE')) {
          await this.profileSkills.learnedSkillsChanged(userId);
        }
        return { userId, skill, ...change, updatedAt: this.clock.now() };
      },
      SKILL_LEASE,
    );
  }

  /** DONE puts the skill into the profile; leaving DONE takes it out only if DONE had put it there. */
  private async updateProfile(
    userId: string,
    skill: string,
    previous: SkillProgressRecord | null,
    state: LearningState,
  ): Promise<boolean> {
    const addedBefore = previous?.addedToProfile ?? false;
    if (state === 'DONE') {
      return previous?.state === 'DONE' ? addedBefore : this.profileSkills.addSkillToProfile(userId, skill);
    }
    if (addedBefore) await this.profileSkills.removeSkillFromProfile(userId, skill);
    return false;
  }

  private async current(userId: string, skill: string): Promise<SkillProgressRecord> {
    return (await this.repository.find(userId, skill)) ?? this.notStarted(userId, skill);
  }

  private notStarted(userId: string, skill: string): SkillProgressRecord {
    return {
      userId,
      skill,
      state: 'NOT_STARTED',
      startedAt: null,
      finishedAt: null,
      addedToProfile: false,
      updatedAt: null,
    };
  }

  private async completedUrls(userId: string): Promise<ReadonlySet<string>> {
    const completions = await this.repository.completedResources(userId);
    return new Set(completions.map((completion) => completion.url));
  }

  private toSkillProgress(record: SkillProgressRecord, completedUrls: ReadonlySet<string>): SkillProgress {
    return {
      skill: record.skill,
      displayName: skillDisplayName(record.skill),
      state: record.state,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt,
      resourcesCompleted: this.catalog
        .resourcesFor(record.skill)
        .filter((resource) => completedUrls.has(resource.url))
        .map((resource) => resource.url),
    };
  }
}
