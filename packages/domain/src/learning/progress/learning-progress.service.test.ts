import { useTestDatabase, useTestRedis } from '@career-navigator/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService, LoginThrottle, UserVersions } from '../../accounts/index.js';
import { loadLearningResourceCatalog } from '../../catalogs/index.js';
import { fixedClock, systemClock } from '../../clock/index.js';
import { loadConfig } from '../../config/index.js';
import { NotFoundError, ValidationError } from '../../errors/index.js';
import { RequestThrottle } from '../../throttling/index.js';
import { LearningProgressService, SkillProgressRepository } from './index.js';

useTestDatabase();
const testRedis = useTestRedis();
const catalog = loadLearningResourceCatalog();
const clock = fixedClock('2026-11-22T12:00:00Z');
const PASSWORD = 'Correct-Horse-1';

let redis: Redis;
let accounts: AccountService;
let learning: LearningProgressService;
const repository = new SkillProgressRepository();

beforeAll(() => {
  redis = new Redis(testRedis.url);
  accounts = new AccountService({
    config: loadConfig({}),
    clock: systemClock,
    throttle: new LoginThrottle({ redis, keyPrefix: testRedis.prefix }),
    // Sign-ups here carry no client IP, so this throttle is never asked.
    registrationThrottle: new RequestThrottle({ redis, name: 'register', limit: 1, windowSeconds: 60 }),
    userVersions: new UserVersions({ redis, keyPrefix: testRedis.prefix }),
    passwordHashing: { bcryptCost: 4 },
    userDataStores: [repository],
  });
  learning = new LearningProgressService({ catalog, profileSkills: accounts.profiles, repository, clock });
});

afterAll(async () => {
  await redis.quit();
});

let accountCounter = 0;
async function newLearner(skills: string[] = []): Promise<string> {
  accountCounter += 1;
  const { user } = await accounts.register({
    email: `learner${accountCounter}@example.com`,
    password: PASSWORD,
    fullName: 'Lee Learner',
    skills,
  });
  return user._id.toString();
}

async function failureOf(action: Promise<unknown>): Promise<unknown> {
  return action.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

const [firstReact, secondReact] = catalog.resourcesFor('react');
if (!firstReact || !secondReact) throw new Error('the catalog lists React resources');

describe('setSkillProgress', () => {
  it('stores the canonical skill with its timestamps, and DONE puts it into the profile', async () => {
    const userId = await newLearner(['python']);
    const started = await learning.setSkillProgress(userId, 'React.js', 'IN_PROGRESS');
    expect(started).toEqual({
      skill: 'react',
      displayName: 'React',
      state: 'IN_PROGRESS',
      startedAt: clock.now(),
      finishedAt: null,
      resourcesCompleted: [],
    });
    const done = await learning.setSkillProgress(userId, 'reactjs', 'DONE');
    expect(done).toMatchObject({ state: 'DONE', startedAt: clock.now(), finishedAt: clock.now() });
    expect((await accounts.getUserById(userId)).skills).toEqual(['python', 'react']);

    const back = await learning.setSkillProgress(userId, 'react', 'IN_PROGRESS');
    expect(back).toMatchObject({ state: 'IN_PROGRESS', startedAt: clock.now(), finishedAt: null });
    expect((await accounts.getUserById(userId)).skills).toEqual(['python']);
  });

  it('leaves a skill the profile already had in the profile when moving back from DONE', async () => {
    const userId = await newLearner(['Docker']);
    await learning.setSkillProgress(userId, 'docker', 'DONE');
    await learning.setSkillProgress(userId, 'docker', 'DONE');
    await learning.setSkillProgress(userId, 'docker', 'NOT_STARTED');
    expect((await accounts.getUserById(userId)).skills).toEqual(['docker']);
    expect(await learning.skillProgress(userId, 'docker')).toMatchObject({
      state: 'NOT_STARTED',
      startedAt: null,
    });
  });

  it('keeps an unknown skill as its cleaned id', async () => {
    const userId = await newLearner();
    const progress = await learning.setSkillProgress(userId, '  Quantum   Basket Weaving ', 'SKIPPED');
    expect(progress).toMatchObject({ skill: 'quantum basket weaving', state: 'SKIPPED', startedAt: null });
    expect((await learning.myLearning(userId)).skipped.map((entry) => entry.skill)).toEqual([
      'quantum basket weaving',
    ]);
  });

  it('rejects a blank skill and an unknown state, naming the field', async () => {
    const userId = await newLearner();
    const blank = await failureOf(learning.setSkillProgress(userId, '  ', 'DONE'));
    expect(blank).toBeInstanceOf(ValidationError);
    expect((blank as ValidationError).problems[0]?.field).toBe('skill');
    const state = await failureOf(learning.setSkillProgress(userId, 'git', 'FINISHED'));
    expect((state as ValidationError).problems[0]?.field).toBe('state');
    expect(await repository.listForUser(userId)).toEqual([]);
  });

  it('loses no mark when one learner marks many skills DONE at once', async () => {
    const userId = await newLearner(['python']);
    const skills = ['git', 'docker', 'sql', 'linux', 'typescript', 'kubernetes'];
    await Promise.all(skills.map((skill) => learning.setSkillProgress(userId, skill, 'DONE')));
    const stored = await repository.listForUser(userId);
    expect(stored.map((record) => record.skill).sort()).toEqual([...skills].sort());
    expect(stored.every((record) => record.state === 'DONE' && record.addedToProfile)).toBe(true);
    expect((await accounts.getUserById(userId)).skills.sort()).toEqual(['python', ...skills].sort());
  });

  it('keeps the profile right when two devices mark the same skill at once', async () => {
    const userId = await newLearner();
    await Promise.all([
      learning.setSkillProgress(userId, 'go', 'DONE'),
      learning.setSkillProgress(userId, 'golang', 'DONE'),
    ]);
    expect((await accounts.getUserById(userId)).skills).toEqual(['go']);
    await learning.setSkillProgress(userId, 'go', 'SKIPPED');
    expect((await accounts.getUserById(userId)).skills).toEqual([]);
  });
});

describe('setResourceCompleted', () => {
  it('records a catalog resource, starts its skill, and undoes the mark', async () => {
    const userId = await newLearner();
    const first = await learning.setResourceCompleted(userId, firstReact.url, true);
    expect(first).toMatchObject({ skill: 'react', state: 'IN_PROGRESS', startedAt: clock.now() });
    expect(first.resourcesCompleted).toEqual([firstReact.url]);
    const both = await learning.setResourceCompleted(userId, ` ${secondReact.url} `, true);
    expect(both.resourcesCompleted).toEqual([firstReact.url, secondReact.url]);
    const undone = await learning.setResourceCompleted(userId, firstReact.url, false);
    expect(undone).toMatchObject({ state: 'IN_PROGRESS', resourcesCompleted: [secondReact.url] });
  });

  it('does not move a DONE skill back when a resource is completed', async () => {
    const userId = await newLearner();
    await learning.setSkillProgress(userId, 'react', 'DONE');
    const progress = await learning.setResourceCompleted(userId, firstReact.url, true);
    expect(progress.state).toBe('DONE');
  });

  it('answers NOT_FOUND for a URL the catalog does not list', async () => {
    const userId = await newLearner();
    const failure = await failureOf(learning.setResourceCompleted(userId, 'https://example.org/nope', true));
    expect(failure).toBeInstanceOf(NotFoundError);
    expect(await repository.completedResources(userId)).toEqual([]);
  });

  it('loses no mark when resources of one skill are completed at once', async () => {
    const userId = await newLearner();
    const urls = catalog.resourcesFor('python').map((resource) => resource.url);
    await Promise.all(urls.map((url) => learning.setResourceCompleted(userId, url, true)));
    expect((await learning.skillProgress(userId, 'python')).resourcesCompleted).toEqual(urls);
  });
});

describe('myLearning and the learner’s skills', () => {
  it('groups skills by state, lists finished skills and completed resources, and adds up their hours', async () => {
    const userId = await newLearner();
    await learning.setSkillProgress(userId, 'git', 'DONE');
    await learning.setSkillProgress(userId, 'docker', 'SKIPPED');
    await learning.setResourceCompleted(userId, firstReact.url, true);
    await learning.setResourceCompleted(userId, secondReact.url, true);
    const mine = await learning.myLearning(userId);
    expect(mine.inProgress.map((entry) => entry.skill)).toEqual(['react']);
    expect(mine.done.map((entry) => entry.skill)).toEqual(['git']);
    expect(mine.skipped.map((entry) => entry.skill)).toEqual(['docker']);
    expect(mine.recentlyFinished.map((entry) => entry.skill)).toEqual(['git']);
    expect(mine.resourcesCompleted.map(({ resource }) => resource.url).sort()).toEqual(
      [firstReact.url, secondReact.url].sort(),
    );
    expect(mine.hoursDone).toBe(firstReact.estimatedHours + secondReact.estimatedHours);
  });

  it('counts a DONE skill as the learner’s even after the profile dropped it', async () => {
    const userId = await newLearner(['python']);
    await learning.setSkillProgress(userId, 'sql', 'DONE');
    await accounts.profiles.updateProfile(userId, undefined, { skills: ['python'] });
    const user = await accounts.getUserById(userId);
    expect(user.skills).toEqual(['python']);
    expect((await learning.withLearnedSkills(user)).skills).toEqual(['python', 'sql']);
  });

  it("reads a signed-in learner's DONE skills once per principal, and again after any DONE change", async () => {
    accountCounter += 1;
    const { token } = await accounts.register({
      email: `learner${accountCounter}@example.com`,
      password: PASSWORD,
      fullName: 'Lee Learner',
      skills: ['python', 'sql'],
    });
    const signedIn = async () => (await accounts.principalForAccessToken(token.accessToken)).user;
    const userId = (await signedIn())._id.toString();
    // Already in the profile: DONE adds nothing to it, yet it is a change of what was learned.
    await learning.setSkillProgress(userId, 'sql', 'DONE');
    await accounts.profiles.updateProfile(userId, undefined, { skills: ['python'] });
    const learner = await signedIn();
    expect((await learning.withLearnedSkills(learner)).skills).toEqual(['python', 'sql']);
    expect(await learning.withLearnedSkills(await signedIn())).toBe(
      await learning.withLearnedSkills(learner),
    );
    await learning.setSkillProgress(userId, 'sql', 'NOT_STARTED');
    expect((await learning.withLearnedSkills(await signedIn())).skills).toEqual(['python']);
  });

  it('is deleted with the account', async () => {
    const userId = await newLearner();
    await learning.setSkillProgress(userId, 'git', 'DONE');
    await learning.setResourceCompleted(userId, firstReact.url, true);
    await accounts.deleteAccount(userId, PASSWORD);
    expect(await repository.listForUser(userId)).toEqual([]);
    expect(await repository.completedResources(userId)).toEqual([]);
  });
});
