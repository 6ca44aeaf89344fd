import { analyticsFixture, mappedPosting, useTestDatabase } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock/index.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import { ingestPostings } from '../ingestion/index.js';
import { NoRoleDataError, RoleNotTargetedError, SkillGapService } from './index.js';

useTestDatabase();

const fixture = analyticsFixture();
const gap = new SkillGapService(fixture);
const day = fixture.postedDaysAgo;

const backend = (id: number, skills: string[], offset = 1) =>
  mappedPosting(id, { role: 'backend engineer', skills, ...day(offset) });

describe('SkillGapService.analyze', () => {
  it('ranks required skills deterministically and matches user skills through normalisation', async () => {
    await ingestPostings(
      [
        backend(1, ['python', 'aws', 'docker', 'postgresql']),
        backend(2, ['python', 'aws', 'docker']),
        backend(3, ['python', 'go', 'kubernetes']),
        backend(4, ['java', 'aws', 'kubernetes']),
        mappedPosting(5, { role: 'data engineer', skills: ['spark', 'python'], ...day(2) }),
      ],
      { clock: systemClock },
    );
    const user = { skills: ['Python 3', 'Amazon Web Services'], targetRoles: ['Sr. Back-end Engineer'] };
    const result = await gap.analyze(user, 'Backend Developer', { days: 30, threshold: 0.25 });
    expect(result.totalPostingsAnalyzed).toBe(4);
    expect(
      result.requiredSkills.map((skill) => [skill.skill, skill.requiredPercentage, skill.userHas]),
    ).toEqual([
      ['aws', 75, true],
      ['python', 75, true],
      ['docker', 50, false],
      ['kubernetes', 50, false],
      ['go', 25, false],
      ['java', 25, false],
      ['postgresql', 25, false],
    ]);
    expect(result.requiredSkills[0]).toMatchObject({ band: 'essential', category: 'cloud_platform' });
    expect(result.requiredSkills[4]?.band).toBe('important');
    expect(result.missingSkills).toEqual(['docker', 'kubernetes', 'go', 'java', 'postgresql']);
    expect(result.skillMatchCount).toBe(2);
    expect(result.totalRequiredSkills).toBe(7);
    expect(result.coveragePercentage).toBe(28.6);
    expect(result.dataSources).toEqual(['theirstack']);
    // Four postings: below the reliable sample size, and the result says so.
    expect(result.message).toMatch(/Only 4 postings/);
  });

  it('lists skills asked together with the missing ones', async () => {
    const user = {
      skills: ['python', 'aws', 'docker', 'kubernetes', 'go', 'java'],
      targetRoles: ['Backend Developer'],
    };
    const result = await gap.analyze(user, 'backend developer', { threshold: 0.5 });
    expect(result.missingSkills).toEqual([]);
    const stricter = await gap.analyze({ ...user, skills: ['python'] }, 'backend developer', {
      threshold: 0.5,
    });
    expect(stricter.missingSkills).toEqual(['aws', 'docker', 'kubernetes']);
    // aws is in postings 1, 2, 4; docker in 1, 2; kubernetes in 3, 4.
    expect(
      stricter.skillsAskedWithMissing.map((group) => [
        group.missingSkill,
        group.postings,
        group.askedWith.map((skill) => [skill.skill, skill.postings, skill.share]),
      ]),
    ).toEqual([
      [
        'aws',
        3,
        [
          ['docker', 2, 66.7],
          ['java', 1, 33.3],
          ['kubernetes', 1, 33.3],
          ['postgresql', 1, 33.3],
        ],
      ],
      [
        'docker',
        2,
        [
          ['aws', 2, 100],
          ['postgresql', 1, 50],
        ],
      ],
      [
        'kubernetes',
        2,
        [
          ['aws', 1, 50],
          ['go', 1, 50],
          ['java', 1, 50],
        ],
      ],
    ]);
    // The deprecated flat list takes the maximum over missing skills: postgresql shares one posting
    // with aws and one with docker (the same posting), so 1, not 2.
    expect(stricter.alsoAskedWith.map((skill) => [skill.skill, skill.postings])).toEqual([
      ['go', 1],
      ['java', 1],
      ['postgresql', 1],
    ]);
  });

  it('returns an explained empty result when postings exist but none passes the threshold', async () => {
    const user = { skills: [], targetRoles: ['Backend Developer'] };
    const result = await gap.analyze(user, 'Backend Developer', { threshold: 0.9 });
    expect(result.totalPostingsAnalyzed).toBe(4);
    expect(result.requiredSkills).toEqual([]);
    expect(result.coveragePercentage).toBe(0);
    expect(result.message).toMatch(/4 postings were analysed.*90%/);
  });

  it('refuses a role the user does not target, naming the role field', async () => {
    const user = { skills: [], targetRoles: ['Data Engineer'] };
    const error = await gap.analyze(user, 'Backend Developer', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RoleNotTargetedError);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems[0]?.field).toBe('role');
  });

  it('raises NotFound with suggestions and data-backed alternatives ranked by similarity', async () => {
    const user = { skills: [], targetRoles: ['Backend Architect'] };
    const error = (await gap
      .analyze(user, 'Backend Architect', { days: 7 })
      .catch((caught: unknown) => caught)) as NoRoleDataError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('No job data found for this role');
    expect(error.suggestions).toHaveLength(4);
    expect(error.suggestions[0]).toContain('7 days');
    expect(error.alternatives[0]).toBe('Backend Engineer');
    expect(error.alternatives).toContain('Data Engineer');
  });

  it('only counts postings inside the window', async () => {
    await ingestPostings([backend(50, ['rust'], 20)], { clock: systemClock });
    const user = { skills: [], targetRoles: ['Backend Developer'] };
    const week = await gap.analyze(user, 'Backend Developer', { days: 7, threshold: 0.1 });
    expect(week.totalPostingsAnalyzed).toBe(4);
    expect(week.requiredSkills.some((skill) => skill.skill === 'rust')).toBe(false);
    const month = await gap.analyze(user, 'Backend Developer', { days: 30, threshold: 0.1 });
    expect(month.totalPostingsAnalyzed).toBe(5);
    expect(month.requiredSkills.some((skill) => skill.skill === 'rust')).toBe(true);
  });
});
