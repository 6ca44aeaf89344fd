import * as operations from '@career-navigator/client';
import { type MappedPosting, normalizeRole } from '@career-navigator/domain/internal';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedRandomMarket } from '../test-support/random-postings.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const ROLES = ['Senior Backend Developer', 'Frontend Developer', 'Data Engineer'];
const SKILLS = ['python', 'go', 'postgresql', 'docker', 'react', 'typescript', 'spark', 'aws'];
let postings: MappedPosting[];

beforeAll(async () => {
  postings = await seedRandomMarket({ seed: 11, count: 120, roles: ROLES, skills: SKILLS, daysBack: 20 });
});

describe('roles', () => {
  it('finds roles through the role normaliser, with their postings', async () => {
    const { roles } = await api.client().request(operations.RolesDocument, { search: 'sr backend dev' });
    const backend = postings.filter((posting) => posting.role === normalizeRole('Backend Developer'));
    expect(roles[0]).toEqual({
      role: 'backend engineer',
      displayName: 'Backend Engineer',
      postings: backend.length,
    });
    const prefix = await api.client().request(operations.RolesDocument, { search: 'front' });
    expect(prefix.roles[0]?.role).toBe('frontend engineer');
  });

  it('lists every role with data by postings without search, and counts only the window', async () => {
    const { roles } = await api.client().request(operations.RolesDocument, {});
    expect(roles.map((role) => role.postings).reduce((sum, n) => sum + n, 0)).toBe(postings.length);
    const lastDay = await api.client().request(operations.RolesDocument, { days: 1 });
    const today = postings.filter((posting) => posting.postedDay === new Date().toISOString().slice(0, 10));
    expect(lastDay.roles.map((role) => role.postings).reduce((sum, n) => sum + n, 0)).toBe(today.length);
  });

  it('refuses a limit out of range', async () => {
    const error = await graphqlErrorOf(api.client().request(operations.RolesDocument, { limit: 51 }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});

describe('roleProfile', () => {
  it('has the shares of skillGapAnalysis for the same role, days and threshold', async () => {
    const user = await registerUser(api, 'role-profile@example.com', {
      targetRoles: ['Data Engineer'],
      skills: ['Python', 'Docker'],
    });
    const client = api.client(user.token);
    for (const threshold of [0.1, 0.25, 0.4]) {
      const [{ roleProfile }, { skillGapAnalysis }] = await Promise.all([
        client.request(operations.RoleProfileDocument, { role: 'Data Engineer', days: 30, threshold }),
        client.request(operations.SkillGapAnalysisDocument, { role: 'Data Engineer', days: 30, threshold }),
      ]);
      expect(roleProfile.skills.map(({ skill, share }) => [skill, share])).toEqual(
        skillGapAnalysis.requiredSkills.map(({ skill, requiredPercentage }) => [skill, requiredPercentage]),
      );
      expect(roleProfile.totalPostingsAnalyzed).toBe(skillGapAnalysis.totalPostingsAnalyzed);
      expect(roleProfile.skills.map((skill) => skill.userHas)).toEqual(
        skillGapAnalysis.requiredSkills.map((skill) => skill.userHas),
      );
    }
  });

  it('bands skills, counts what a signed-in user has, and describes pay, places and remote work', async () => {
    const ofRole = postings.filter((posting) => posting.role === 'frontend engineer');
    const user = await registerUser(api, 'role-reader@example.com', { skills: ['React', 'TypeScript'] });
    const { roleProfile } = await api
      .client(user.token)
      .request(operations.RoleProfileDocument, { role: 'frontend dev' });
    expect(roleProfile).toMatchObject({ roleKey: 'frontend engineer', totalPostingsAnalyzed: ofRole.length });
    for (const skill of roleProfile.skills) {
      const share =
        (100 * ofRole.filter((posting) => posting.skills.includes(skill.skill)).length) / ofRole.length;
      expect(skill.share).toBe(Math.round(share * 10) / 10);
      expect(skill.band).toBe(share >= 50 ? 'ESSENTIAL' : share >= 25 ? 'IMPORTANT' : 'OPTIONAL');
      expect(skill.userHas).toBe(['react', 'typescript'].includes(skill.skill));
    }
    const essential = roleProfile.skills.filter((skill) => skill.band === 'ESSENTIAL');
    expect(roleProfile.match).toEqual({
      essentialHave: essential.filter((skill) => skill.userHas).length,
      essentialTotal: essential.length,
      importantHave: roleProfile.skills.filter((skill) => skill.band === 'IMPORTANT' && skill.userHas).length,
      importantTotal: roleProfile.skills.filter((skill) => skill.band === 'IMPORTANT').length,
      have: roleProfile.skills.filter((skill) => skill.userHas).length,
      total: roleProfile.skills.length,
    });
    const salaried = ofRole.filter((posting) => posting.minAnnualSalaryUsd !== null).length;
    expect(roleProfile.salary?.count).toBe(salaried);
    const remote = ofRole.filter((posting) => posting.remote === true).length;
    expect(roleProfile.remoteShare).toBe(Math.round((1000 * remote) / ofRole.length) / 10);
    expect(roleProfile.topLocations.reduce((sum, location) => sum + location.count, 0)).toBe(ofRole.length);
    expect(roleProfile.similarRoles.map((role) => role.role)).toContain('backend engineer');
  });

  it('counts a skill marked DONE on a roadmap as the user’s', async () => {
    const user = await registerUser(api, 'role-learner@example.com', { skills: [] });
    const client = api.client(user.token);
    const before = await client.request(operations.RoleProfileDocument, { role: 'Frontend Developer' });
    const skill = before.roleProfile.skills[0]?.skill as string;
    expect(before.roleProfile.skills[0]?.userHas).toBe(false);
    await client.request(operations.SetSkillProgressDocument, { skill, state: 'DONE' });
    const after = await client.request(operations.RoleProfileDocument, { role: 'Frontend Developer' });
    expect(after.roleProfile.skills.find((entry) => entry.skill === skill)?.userHas).toBe(true);
    expect(after.roleProfile.match?.have).toBe((before.roleProfile.match?.have ?? 0) + 1);
  });

  it('tells an anonymous caller nothing personal', async () => {
    const { roleProfile } = await api
      .client()
      .request(operations.RoleProfileDocument, { role: 'Backend Engineer' });
    expect(roleProfile.match).toBeNull();
    expect(roleProfile.skills.every((skill) => skill.userHas === null)).toBe(true);
  });

  it('answers NOT_FOUND with alternatives for a role without data, and refuses a bad threshold', async () => {
    const missing = await graphqlErrorOf(
      api.client().request(operations.RoleProfileDocument, { role: 'Backend Architect' }),
    );
    expect(missing.extensions.code).toBe('NOT_FOUND');
    expect(missing.extensions.alternatives).toContain('Backend Engineer');
    const threshold = await graphqlErrorOf(
      api.client().request(operations.RoleProfileDocument, { role: 'Data Engineer', threshold: 1.5 }),
    );
    expect(threshold.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
  });

  it('refuses an expired or forged token instead of answering anonymously', async () => {
    const error = await graphqlErrorOf(
      api.client('not-a-token').request(operations.RoleProfileDocument, { role: 'Data Engineer' }),
    );
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('project', () => {
  it('shows one project with the signed-in user’s match, NOT_FOUND for an unknown id', async () => {
    const user = await registerUser(api, 'project-reader@example.com', { skills: ['Python'] });
    const client = api.client(user.token);
    const { project } = await client.request(operations.ProjectDocument, { id: 1 });
    expect(project.id).toBe(1);
    expect(project.skillMatchPercentage).toBeGreaterThanOrEqual(0);
    expect(project.missingSkills?.length).toBeLessThanOrEqual(project.skills.length);
    const unknown = await graphqlErrorOf(client.request(operations.ProjectDocument, { id: 99_999 }));
    expect(unknown.extensions.code).toBe('NOT_FOUND');
    const anonymous = await graphqlErrorOf(api.client().request(operations.ProjectDocument, { id: 1 }));
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
  });
});
