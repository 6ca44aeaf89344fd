import * as operations from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const ROLE = 'Frontend Developer';
/** 20 postings: react in all, typescript in 12, jest in 6, storybook (no resources yet) in 4, redux in 3. */
const POSTINGS = Array.from({ length: 20 }, (_, index) => [
  'react',
  ...(index < 12 ? ['typescript'] : []),
  ...(index < 6 ? ['jest'] : []),
  ...(index < 4 ? ['storybook'] : []),
  ...(index < 3 ? ['redux'] : []),
  ...(index < 16 ? ['css'] : []),
]);

/** Every number a sentence states must be the value of one of the roadmap's count fields. */
function numbersIn(sentence: string): number[] {
  return [...sentence.matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
}

describe('learningRoadmap, over HTTP', () => {
  it('uses exactly the gap analysis for the same role, days and threshold', async () => {
    await seedPostings({ role: ROLE, skillsPerPosting: POSTINGS, firstId: 1 });
    const user = await registerUser(api, 'roadmap@example.com', {
      targetRoles: [ROLE, 'Data Engineer', 'Site Reliability Engineer', 'Mobile Developer'],
      skills: ['CSS', 'React.js'],
    });
    const client = api.client(user.token);
    const argumentSets: { threshold?: number; days?: number }[] = [
      {},
      { threshold: 0.1 },
      { threshold: 0.5, days: 7 },
      { threshold: 0.15, days: 365 },
    ];
    for (const args of argumentSets) {
      const { skillGapAnalysis: gap } = await client.request(operations.SkillGapAnalysisDocument, {
        role: ROLE,
        ...args,
      });
      const { learningRoadmap: roadmap } = await client.request(operations.LearningRoadmapDocument, {
        targetRole: ROLE,
        ...args,
      });
      expect(roadmap.coveragePercentage).toBe(gap.coveragePercentage);
      expect(roadmap.missingSkillsCount).toBe(gap.missingSkills.length);
      expect(roadmap.basedOnRole).toBe(ROLE);
      const missingPaths = roadmap.skillPaths.filter((path) => path.isMissing);
      expect(missingPaths.length).toBe(roadmap.missingSkillsCount + roadmap.prerequisitesAdded);
      expect(missingPaths.map((path) => path.skill)).toEqual(expect.arrayContaining(gap.missingSkills));
      const fieldValues = [
        roadmap.missingSkillsCount,
        roadmap.prerequisitesAdded,
        roadmap.coveragePercentage,
        roadmap.skillsWithoutEstimateCount,
      ];
      for (const sentence of roadmap.recommendations) {
        for (const number of numbersIn(sentence)) expect(fieldValues, sentence).toContain(number);
      }
      const uncounted = missingPaths.filter((path) => path.estimatedHours === null);
      expect(roadmap.skillsWithoutEstimateCount).toBe(uncounted.length);
      expect(roadmap.estimatedHoursToClose).toBe(
        missingPaths.reduce((sum, path) => sum + (path.estimatedHours ?? 0), 0),
      );
      for (const path of roadmap.skillPaths) {
        if (path.estimatedHours === null) expect(path.reason).toMatch(/No resources yet\.$/);
        else expect(path.estimatedHours).toBeGreaterThan(0);
      }
    }
    const { learningRoadmap: wide } = await client.request(operations.LearningRoadmapDocument, {
      targetRole: ROLE,
      threshold: 0.1,
    });
    // typescript 60%, jest 30%, storybook 20%, redux 15%; javascript is the prerequisite of typescript.
    expect(wide).toMatchObject({
      missingSkillsCount: 4,
      coveragePercentage: 33.3,
      skillsWithoutEstimateCount: 1,
    });
    expect(wide.skillPaths.find((path) => path.skill === 'storybook')).toMatchObject({
      estimatedHours: null,
      resources: [],
    });
    expect(wide.recommendations).toContain(
      '1 skill on the path has no resources yet and is not counted in the estimated hours.',
    );
    expect(wide.recommendations).toContain(
      'You are missing 4 skills that Frontend Developer postings ask for.',
    );
  });

  it('without postings for the role, follows its family and names the role it is based on', async () => {
    const user = await registerUser(api, 'react-dev@example.com', {
      targetRoles: ['React Developer', 'Data Engineer', 'Site Reliability Engineer', 'Mobile Developer'],
      skills: ['python'],
    });
    const { learningRoadmap: roadmap } = await api
      .client(user.token)
      .request(operations.LearningRoadmapDocument, { targetRole: 'React Developer' });
    expect(roadmap.basedOnRole).not.toBeNull();
    expect(roadmap.coveragePercentage).toBeNull();
    expect(roadmap.recommendations[0]).toBe(
      `No recent postings for React Developer yet, so this plan is built from ${roadmap.basedOnRole} postings, the closest role with data.`,
    );
    const skills = roadmap.skillPaths.map((path) => path.skill);
    expect(skills).toContain('react');
    expect(skills).not.toContain('django');
    expect(skills).not.toContain('flask');
    expect(roadmap.recommendations.join(' ')).not.toMatch(/add a target role/i);
  });

  it('with includeGapAnalysis: false, reports no coverage and never asks for a target role', async () => {
    const user = await registerUser(api, 'no-gap@example.com', {
      targetRoles: [ROLE, 'Data Engineer'],
      skills: ['python'],
    });
    const { learningRoadmap: roadmap } = await api
      .client(user.token)
      .request(operations.LearningRoadmapDocument, { includeGapAnalysis: false });
    expect(roadmap.targetRole).toBe(ROLE);
    expect(roadmap.basedOnRole).toBe(ROLE);
    expect(roadmap.coveragePercentage).toBeNull();
    expect(roadmap.skillPaths.map((path) => path.skill)).toContain('react');
    expect(roadmap.recommendations.join(' ')).not.toMatch(/add a target role/i);
    expect(roadmap.recommendations[0]).toMatch(/Frontend Developer postings/);
  });

  it('asks a user without target roles to add one', async () => {
    const user = await registerUser(api, 'no-roles@example.com', { skills: ['python'] });
    const { learningRoadmap: roadmap } = await api
      .client(user.token)
      .request(operations.LearningRoadmapDocument, {});
    expect(roadmap.basedOnRole).toBeNull();
    expect(roadmap.recommendations[0]).toMatch(/Add a target role/);
  });
});
