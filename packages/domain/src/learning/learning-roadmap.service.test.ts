import { mappedPosting, useRoadmapFixture } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock/index.js';
import { ingestPostings } from '../ingestion/index.js';

const { roadmaps, catalog, postedDaysAgo } = useRoadmapFixture();
const recent = postedDaysAgo(2);

describe('LearningRoadmapService.roadmap', () => {
  it('orders missing skills by demand, owned ones last, prerequisites first', async () => {
    await ingestPostings(
      [
        mappedPosting(1, { role: 'frontend engineer', skills: ['react', 'typescript', 'css'], ...recent }),
        mappedPosting(2, { role: 'frontend engineer', skills: ['react', 'typescript'], ...recent }),
        mappedPosting(3, { role: 'frontend engineer', skills: ['react', 'next.js'], ...recent }),
        mappedPosting(4, { role: 'frontend engineer', skills: ['react', 'css', 'html'], ...recent }),
      ],
      { clock: systemClock },
    );
    const user = { skills: ['CSS'], targetRoles: ['Frontend Developer'] };
    const roadmap = await roadmaps.roadmap(user, catalog, {});
    const skills = roadmap.skillPaths.map((path) => path.skill);
    expect(roadmap.targetRole).toBe('Frontend Developer');
    // javascript is nobody's posting skill here, but react and typescript need it.
    expect(skills.indexOf('javascript')).toBeLessThan(skills.indexOf('react'));
    expect(skills.indexOf('react')).toBeLessThan(skills.indexOf('next.js'));
    expect(skills.indexOf('react')).toBeLessThan(skills.indexOf('typescript'));
    expect(skills.at(-1)).toBe('css');
    expect(roadmap.skillPaths.find((path) => path.skill === 'css')?.isMissing).toBe(false);
    const react = roadmap.skillPaths.find((path) => path.skill === 'react');
    expect(react).toMatchObject({ isMissing: true, priorityScore: 100 });
    expect(react?.resources.length).toBeGreaterThanOrEqual(3);
    expect(react?.estimatedHours).toBeGreaterThan(0);
    expect(roadmap.coveragePercentage).toBe(20);
    // react, typescript, next.js and html are the gap's missing skills; javascript is their prerequisite.
    expect(roadmap.missingSkillsCount).toBe(4);
    expect(roadmap.prerequisitesAdded).toBe(1);
    expect(roadmap.skillPaths.filter((path) => path.isMissing)).toHaveLength(5);
    expect(roadmap.recommendations[0]).toBe(
      'You are missing 4 skills that Frontend Developer postings ask for.',
    );
    expect(roadmap.recommendations).toContain('1 prerequisite is added before the skills that need them.');
    expect(roadmap.recommendations.some((line) => line.includes('fundamentals'))).toBe(true);
    expect(roadmap.dataSources).toEqual(['theirstack']);
  });

  it('gives zero coverage its advice instead of skipping it', async () => {
    const roadmap = await roadmaps.roadmap({ skills: [], targetRoles: ['Frontend Developer'] }, catalog, {});
    expect(roadmap.coveragePercentage).toBe(0);
    expect(roadmap.recommendations.some((line) => line.includes('fundamentals'))).toBe(true);
  });

  it('falls back to a deterministic profile-based path without role data', async () => {
    const user = { skills: ['Python', 'python', 'Docker'], targetRoles: [] };
    const first = await roadmaps.roadmap(user, catalog, { targetRole: 'Quantum Gardener' });
    const second = await roadmaps.roadmap(user, catalog, { targetRole: 'Quantum Gardener' });
    expect(first).toEqual(second);
    expect(first.coveragePercentage).toBeNull();
    expect(first.recommendations[0]).toMatch(/No recent postings for Quantum Gardener/);
    const owned = first.skillPaths.filter((path) => !path.isMissing).map((path) => path.skill);
    expect(owned.sort()).toEqual(['docker', 'python']);
    expect(first.skillPaths.some((path) => path.skill === 'git' && path.isMissing)).toBe(true);
  });

  it("without a gap analysis follows the role's postings, names the role and reports no coverage", async () => {
    const user = { skills: ['react'], targetRoles: ['Frontend Developer'] };
    const roadmap = await roadmaps.roadmap(user, catalog, { includeGapAnalysis: false });
    expect(roadmap.coveragePercentage).toBeNull();
    expect(roadmap.basedOnRole).toBe('Frontend Developer');
    expect(roadmap.skillPaths.find((path) => path.skill === 'react')?.isMissing).toBe(false);
    expect(roadmap.recommendations.join(' ')).not.toMatch(/add a target role/i);
    expect(roadmap.dataSources).toEqual(['theirstack']);
  });

  it('builds a role without postings from its family and says so', async () => {
    const user = { skills: [], targetRoles: ['React Developer'] };
    const roadmap = await roadmaps.roadmap(user, catalog, {});
    expect(roadmap.basedOnRole).toBe('Frontend Engineer');
    expect(roadmap.coveragePercentage).toBeNull();
    expect(roadmap.recommendations[0]).toBe(
      'No recent postings for React Developer yet, so this plan is built from Frontend Engineer postings, the closest role with data.',
    );
    expect(roadmap.skillPaths.map((path) => path.skill)).toContain('react');
    expect(roadmap.skillPaths.map((path) => path.skill)).not.toContain('django');
  });
});
