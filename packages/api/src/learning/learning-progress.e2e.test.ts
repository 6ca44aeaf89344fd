import * as operations from '@career-navigator/client';
import { loadLearningResourceCatalog, SkillProgressRepository } from '@career-navigator/domain/internal';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();
const catalog = loadLearningResourceCatalog();

const ROLE = 'Backend Developer';
/** Ten postings: python, postgresql and django in all, docker in six, sql in four. */
const POSTING_SKILLS = Array.from({ length: 10 }, (_, index) => [
  'python',
  'postgresql',
  'django',
  ...(index < 6 ? ['docker'] : []),
  ...(index < 4 ? ['sql'] : []),
]);

/** The catalog spells project skills its own way ("SQL"). */
const namesSql = (skills: readonly string[] | null | undefined) =>
  (skills ?? []).some((skill) => skill.toLowerCase() === 'sql');

const postgresResources = catalog.resourcesFor('postgresql').slice(0, 2);

describe('learning progress, over HTTP', () => {
  it('moves the gap, the projects and the roadmap as a learner works through a skill', async () => {
    await seedPostings({ role: ROLE, skillsPerPosting: POSTING_SKILLS, firstId: 1 });
    const learner = await registerUser(api, 'journey@example.com', {
      skills: ['Python'],
      targetRoles: [ROLE],
    });
    const client = api.client(learner.token);

    const { skillGapAnalysis: gapBefore } = await client.request(operations.SkillGapAnalysisDocument, {
      role: ROLE,
    });
    expect(gapBefore.coveragePercentage).toBe(20);
    const { projectRecommendations: projectsBefore } = await client.request(
      operations.ProjectRecommendationsDocument,
      {
        skillFocus: ['sql'],
        limit: 50,
      },
    );
    const sqlProject = projectsBefore.projects.find((project) => namesSql(project.missingSkills));
    expect(sqlProject).toBeDefined();

    // A prerequisite learned, the skill that needs it under way with two of its resources worked through.
    const { setSkillProgress: sql } = await client.request(operations.SetSkillProgressDocument, {
      skill: 'SQL',
      state: 'DONE',
    });
    expect(sql).toMatchObject({ skill: 'sql', state: 'DONE', resourcesCompleted: [] });
    expect(sql.finishedAt).not.toBeNull();
    const { setSkillProgress: postgres } = await client.request(operations.SetSkillProgressDocument, {
      skill: 'Postgres',
      state: 'IN_PROGRESS',
    });
    expect(postgres).toMatchObject({ skill: 'postgresql', state: 'IN_PROGRESS', finishedAt: null });
    for (const resource of postgresResources) {
      await client.request(operations.SetResourceCompletedDocument, { url: resource.url, completed: true });
    }
    const { setResourceCompleted: repeated } = await client.request(operations.SetResourceCompletedDocument, {
      url: postgresResources[0]?.url as string,
      completed: true,
    });
    expect(repeated.resourcesCompleted).toEqual(postgresResources.map((resource) => resource.url));
    expect(repeated.startedAt).toBe(postgres.startedAt);

    const { me } = await client.request(operations.MeDocument);
    expect(me.skills).toEqual(['python', 'sql']);

    const { skillGapAnalysis: gapAfter } = await client.request(operations.SkillGapAnalysisDocument, {
      role: ROLE,
    });
    expect(gapAfter.requiredSkills.find((skill) => skill.skill === 'sql')?.userHas).toBe(true);
    expect(gapAfter.requiredSkills.find((skill) => skill.skill === 'postgresql')?.userHas).toBe(false);
    expect(gapAfter.coveragePercentage).toBe(40);

    const { projectRecommendations: projectsAfter } = await client.request(
      operations.ProjectRecommendationsDocument,
      {
        skillFocus: ['sql'],
        limit: 50,
      },
    );
    const sameProject = projectsAfter.projects.find((project) => project.id === sqlProject?.id);
    expect(namesSql(sameProject?.missingSkills)).toBe(false);
    expect(sameProject?.skillMatchPercentage).toBeGreaterThan(sqlProject?.skillMatchPercentage ?? 100);
    expect(projectsAfter.userSkillCount).toBe(projectsBefore.userSkillCount + 1);

    const { learningRoadmap } = await client.request(operations.LearningRoadmapDocument, {
      targetRole: ROLE,
    });
    const sqlPath = learningRoadmap.skillPaths.find((path) => path.skill === 'sql');
    expect(sqlPath?.isMissing).toBe(false);

    const { myLearning } = await client.request(operations.MyLearningDocument);
    expect(myLearning.done.map((entry) => entry.skill)).toEqual(['sql']);
    expect(myLearning.inProgress.map((entry) => entry.skill)).toEqual(['postgresql']);
    expect(myLearning.recentlyFinished.map((entry) => entry.skill)).toEqual(['sql']);
    expect(myLearning.resourcesCompleted.map(({ resource }) => resource.url).sort()).toEqual(
      postgresResources.map((resource) => resource.url).sort(),
    );
    expect(myLearning.hoursDone).toBe(
      postgresResources.reduce((sum, resource) => sum + resource.estimatedHours, 0),
    );

    const { learningRoadmap: drawn } = await client.request(operations.LearningRoadmapGraphDocument, {
      targetRole: ROLE,
    });
    const nodes = new Map(drawn.graph.nodes.map((node) => [node.skill, node]));
    expect(drawn.graph.nodes.map((node) => node.skill)).toEqual(drawn.skillPaths.map((path) => path.skill));
    expect(nodes.get('sql')).toMatchObject({ state: 'DONE', isMissing: false });
    expect(nodes.get('python')).toMatchObject({ state: 'DONE', isMissing: false });
    expect(nodes.get('postgresql')).toMatchObject({
      state: 'IN_PROGRESS',
      isMissing: true,
      resourcesCompleted: 2,
      resourcesTotal: catalog.resourcesFor('postgresql').length,
    });
    expect(nodes.get('linux')).toMatchObject({ state: 'NOT_STARTED', isMissing: true });
    expect(drawn.graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'sql', to: 'postgresql' },
        { from: 'python', to: 'django' },
        { from: 'linux', to: 'docker' },
      ]),
    );
    const order = drawn.graph.nodes.map((node) => node.skill);
    for (const edge of drawn.graph.edges)
      expect(order.indexOf(edge.from)).toBeLessThan(order.indexOf(edge.to));
    expect(drawn.progress).toMatchObject({ done: 2, inProgress: 1, skipped: 0, total: nodes.size });
    expect(drawn.progress.percentDone).toBe(Math.round((2 / nodes.size) * 1000) / 10);

    // A skipped skill stays on the map and leaves the hours remaining.
    await client.request(operations.SetSkillProgressDocument, { skill: 'docker', state: 'SKIPPED' });
    const { learningRoadmap: skipped } = await client.request(operations.LearningRoadmapGraphDocument, {
      targetRole: ROLE,
    });
    expect(skipped.graph.nodes.find((node) => node.skill === 'docker')?.state).toBe('SKIPPED');
    expect(skipped.progress.skipped).toBe(1);
    expect(skipped.progress.hoursRemaining).toBeCloseTo(
      drawn.progress.hoursRemaining - (nodes.get('docker')?.estimatedHours ?? 0),
      5,
    );

    // Moving back from DONE takes out what DONE put in.
    await client.request(operations.SetSkillProgressDocument, { skill: 'sql', state: 'IN_PROGRESS' });
    const { skillGapAnalysis: gapBack } = await client.request(operations.SkillGapAnalysisDocument, {
      role: ROLE,
    });
    expect(gapBack.coveragePercentage).toBe(20);
    expect((await client.request(operations.MeDocument)).me.skills).toEqual(['python']);
  });

  it('keeps an unknown skill as its cleaned id and stores its state', async () => {
    const learner = await registerUser(api, 'unknown-skill@example.com');
    const client = api.client(learner.token);
    const { setSkillProgress } = await client.request(operations.SetSkillProgressDocument, {
      skill: '  Underwater   Basket Weaving ',
      state: 'IN_PROGRESS',
    });
    expect(setSkillProgress).toMatchObject({ skill: 'underwater basket weaving', state: 'IN_PROGRESS' });
    const { myLearning } = await client.request(operations.MyLearningDocument);
    expect(myLearning.inProgress.map((entry) => entry.skill)).toEqual(['underwater basket weaving']);
  });

  it('answers NOT_FOUND for a URL outside the catalog, and rejects bad arguments naming them', async () => {
    const learner = await registerUser(api, 'bad-input@example.com');
    const client = api.client(learner.token);
    const unknownUrl = await graphqlErrorOf(
      client.request(operations.SetResourceCompletedDocument, {
        url: 'https://example.org/not-a-resource',
        completed: true,
      }),
    );
    expect(unknownUrl.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'url' });

    const badState = await graphqlErrorOf(
      client.request(operations.SetSkillProgressDocument, { skill: 'git', state: 'FINISHED' as 'DONE' }),
    );
    expect(badState.extensions.code).toBe('BAD_USER_INPUT');
    expect(badState.message).toContain('state');

    const blankSkill = await graphqlErrorOf(
      client.request(operations.SetSkillProgressDocument, { skill: '', state: 'DONE' }),
    );
    expect(blankSkill.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skill' });
    const punctuation = await graphqlErrorOf(
      client.request(operations.SetSkillProgressDocument, { skill: ' ', state: 'DONE' }),
    );
    expect(punctuation.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skill' });

    const unauthenticated = await graphqlErrorOf(api.client().request(operations.MyLearningDocument));
    expect(unauthenticated.extensions.code).toBe('UNAUTHENTICATED');
    expect((await client.request(operations.MyLearningDocument)).myLearning).toMatchObject({
      inProgress: [],
      done: [],
      skipped: [],
      resourcesCompleted: [],
      hoursDone: 0,
    });
  });

  it('persists both of two marks sent at once from two devices', async () => {
    const learner = await registerUser(api, 'two-devices@example.com', { skills: ['python'] });
    const phone = api.client(learner.token);
    const laptop = api.client(learner.token);
    await Promise.all([
      phone.request(operations.SetSkillProgressDocument, { skill: 'docker', state: 'DONE' }),
      laptop.request(operations.SetSkillProgressDocument, { skill: 'kubernetes', state: 'DONE' }),
    ]);
    const { myLearning } = await phone.request(operations.MyLearningDocument);
    expect(myLearning.done.map((entry) => entry.skill)).toEqual(['docker', 'kubernetes']);
    expect([...(await phone.request(operations.MeDocument)).me.skills].sort()).toEqual([
      'docker',
      'kubernetes',
      'python',
    ]);
  });

  it('deletes the progress with the account', async () => {
    const learner = await registerUser(api, 'leaving@example.com');
    const client = api.client(learner.token);
    await client.request(operations.SetSkillProgressDocument, { skill: 'git', state: 'DONE' });
    await client.request(operations.SetResourceCompletedDocument, {
      url: postgresResources[0]?.url as string,
      completed: true,
    });
    await client.request(operations.DeleteAccountDocument, { password: STRONG_PASSWORD });
    // The API runs in this process over the test's database: read what is left there.
    const stored = new SkillProgressRepository();
    expect(await stored.listForUser(learner.id)).toEqual([]);
    expect(await stored.completedResources(learner.id)).toEqual([]);
  });
});
