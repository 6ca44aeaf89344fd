import * as operations from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { seedPostings } from '../test-support/seed-postings.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const ROLE = 'Backend Developer';
/** Ten postings: python and postgresql in all, docker in six, kubernetes in two (below the 25% threshold). */
const POSTING_SKILLS = Array.from({ length: 10 }, (_, index) => [
  'python',
  'postgresql',
  ...(index < 6 ? ['docker'] : []),
  ...(index < 2 ? ['kubernetes'] : []),
]);

describe('the original user journey, over HTTP', () => {
  it('registers, signs in, sets a target role, and reads every report for it', async () => {
    const anonymous = api.client();
    const registered = await anonymous.request(operations.RegisterDocument, {
      input: {
        email: 'Student@Example.com',
        password: STRONG_PASSWORD,
        fullName: 'Sam Student',
        skills: ['Python'],
      },
    });
    expect(registered.register.tokenType).toBe('bearer');
    expect(registered.register.user).toMatchObject({
      email: 'student@example.com',
      skills: ['python'],
      version: 0,
    });

    const { login } = await anonymous.request(operations.LoginDocument, {
      email: 'student@example.com',
      password: STRONG_PASSWORD,
    });
    expect(login.expiresIn).toBe(30 * 60);
    const client = api.client(login.accessToken);

    const { me } = await client.request(operations.MeDocument);
    expect(me).toMatchObject({ fullName: 'Sam Student', targetRoles: [], isAdmin: false });

    const { updateProfile } = await client.request(operations.UpdateProfileDocument, {
      input: {
        targetRoles: [ROLE],
        location: 'Berlin, Germany',
        experienceLevel: 'THIRD_YEAR',
        expectedVersion: me.version,
      },
    });
    expect(updateProfile.user).toMatchObject({
      targetRoles: [ROLE],
      experienceLevel: 'THIRD_YEAR',
      version: me.version + 1,
    });
    expect(updateProfile.scheduledCollections).toEqual({ enqueued: [ROLE], alreadyPending: [], fresh: [] });
    expect(updateProfile.schedulingError).toBeNull();
    const queued = await api.queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(queued.map((job) => job.data)).toEqual([
      { kind: 'role', role: ROLE, locations: ['Berlin, Germany'], trigger: 'profile' },
    ]);

    await seedPostings({ role: ROLE, skillsPerPosting: POSTING_SKILLS, firstId: 1 });

    const { skillGapAnalysis: gap } = await client.request(operations.SkillGapAnalysisDocument, {
      role: ROLE,
    });
    expect(gap).toMatchObject({
      role: ROLE,
      totalPostingsAnalyzed: 10,
      missingSkills: ['postgresql', 'docker'],
      skillMatchCount: 1,
      totalRequiredSkills: 3,
      windowDays: 30,
      threshold: 0.25,
      message: null,
    });
    expect(
      gap.requiredSkills.map(({ skill, requiredPercentage, userHas, band }) => [
        skill,
        requiredPercentage,
        userHas,
        band,
      ]),
    ).toEqual([
      ['postgresql', 100, false, 'ESSENTIAL'],
      ['python', 100, true, 'ESSENTIAL'],
      ['docker', 60, false, 'ESSENTIAL'],
    ]);
    expect(gap.coveragePercentage).toBeCloseTo(33.3, 1);

    const { marketTrends } = await anonymous.request(operations.MarketTrendsDocument, { skillsLimit: 3 });
    expect(marketTrends.totalJobsAnalyzed).toBe(10);
    expect(marketTrends.topSkills.map((skill) => [skill.skill, skill.count])).toEqual([
      ['postgresql', 10],
      ['python', 10],
      ['docker', 6],
    ]);
    expect(marketTrends.topLocations).toEqual([{ location: 'Berlin, Germany', count: 10 }]);

    const { learningRoadmap } = await client.request(operations.LearningRoadmapDocument, {
      targetRole: ROLE,
    });
    expect(learningRoadmap.targetRole).toBe(ROLE);
    const missingPaths = learningRoadmap.skillPaths
      .filter((path) => path.isMissing)
      .map((path) => path.skill);
    expect(missingPaths).toEqual(expect.arrayContaining(['postgresql', 'docker']));
    expect(learningRoadmap.missingSkillsCount).toBe(gap.missingSkills.length);
    expect(learningRoadmap.coveragePercentage).toBe(gap.coveragePercentage);
    expect(missingPaths).toHaveLength(
      learningRoadmap.missingSkillsCount + learningRoadmap.prerequisitesAdded,
    );
    expect(
      learningRoadmap.skillPaths.find((path) => path.skill === 'docker')?.resources.length,
    ).toBeGreaterThan(0);

    const { projectRecommendations } = await client.request(operations.ProjectRecommendationsDocument, {
      targetRole: ROLE,
      limit: 5,
    });
    expect(projectRecommendations.projects.length).toBeGreaterThan(0);
    expect(projectRecommendations.projects.length).toBeLessThanOrEqual(5);
    for (const project of projectRecommendations.projects) {
      expect(project.roles).toContain(ROLE);
      expect(project.skillMatchPercentage).not.toBeNull();
    }

    const { searchProjects } = await client.request(operations.SearchProjectsDocument, {
      query: 'API',
      limit: 3,
    });
    expect(searchProjects.totalFound).toBeGreaterThan(0);
    expect(searchProjects.projects.length).toBeLessThanOrEqual(3);
    expect(searchProjects.projects[0]?.skillMatchPercentage).toBeNull();

    const { learningResources } = await client.request(operations.LearningResourcesDocument, {
      skills: ['Docker'],
      resourceType: 'DOCUMENTATION',
    });
    expect(learningResources.length).toBeGreaterThan(0);
    for (const resource of learningResources)
      expect(resource).toMatchObject({ skill: 'docker', type: 'DOCUMENTATION' });
  });
});
