import * as operations from '@career-navigator/client';
import { addDays, type MappedPosting, utcDay } from '@career-navigator/domain/internal';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { seedRandomMarket } from '../test-support/random-postings.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const SKILLS = ['kubernetes', 'docker', 'python', 'go', 'react', 'typescript', 'postgresql', 'aws'];
const ROLES = ['Backend Developer', 'Frontend Developer', 'DevOps Engineer'];
let postings: MappedPosting[];

/** The complete UTC days of the window and of the one before it, as the API defines them. */
function windows(days: number) {
  const yesterday = addDays(utcDay(new Date()), -1);
  const from = addDays(yesterday, -(days - 1));
  return {
    current: { from, to: yesterday },
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
  };
}

const within = (posting: MappedPosting, window: { from: string; to: string }) =>
  posting.postedDay >= window.from && posting.postedDay <= window.to;

beforeAll(async () => {
  postings = await seedRandomMarket({ seed: 7, count: 160, roles: ROLES, skills: SKILLS, daysBack: 16 });
});

describe('skills (autocomplete)', () => {
  it('resolves abbreviations and aliases: "k8" → Kubernetes, "reactjs" → React, "golang" → Go', async () => {
    const client = api.client();
    for (const [search, expected] of [
      ['k8', 'kubernetes'],
      ['reactjs', 'react'],
      ['golang', 'go'],
      ['Kube', 'kubernetes'],
      ['node', 'nodejs'],
    ] as const) {
      const { skills } = await client.request(operations.SkillsDocument, { search, limit: 5 });
      expect(skills[0]?.skill, search).toBe(expected);
    }
    const { skills } = await client.request(operations.SkillsDocument, { search: 'reactjs', limit: 5 });
    expect(skills[0]).toMatchObject({ match: 'EXACT', matchedText: 'React' });
  });

  it('ranks exact before prefix before word matches', async () => {
    const { skills } = await api.client().request(operations.SkillsDocument, { search: 'java', limit: 10 });
    expect(skills[0]?.skill).toBe('java');
    const kinds = skills.map((skill) => skill.match);
    const rank = ['EXACT', 'PREFIX', 'WORD', 'ALIAS', 'CONTAINS'];
    expect(kinds.map((kind) => rank.indexOf(kind))).toEqual(
      [...kinds.map((kind) => rank.indexOf(kind))].sort((a, b) => a - b),
    );
  });

  it('lists skills by market demand without search, and filters by category', async () => {
    const { current } = windows(30);
    const demand = new Map<string, number>();
    for (const posting of postings.filter((candidate) => within(candidate, current))) {
      for (const skill of posting.skills) demand.set(skill, (demand.get(skill) ?? 0) + 1);
    }
    const { skills } = await api.client().request(operations.SkillsDocument, { limit: 8 });
    expect(skills.map((skill) => skill.postings)).toEqual(
      [...demand.values()].sort((a, b) => b - a).slice(0, skills.length),
    );
    for (const skill of skills) expect(skill.postings).toBe(demand.get(skill.skill));

    const languages = await api
      .client()
      .request(operations.SkillsDocument, { category: 'PROGRAMMING_LANGUAGE', limit: 50 });
    expect(languages.skills.length).toBeGreaterThan(5);
    expect(new Set(languages.skills.map((skill) => skill.category))).toEqual(
      new Set(['programming_language']),
    );
  });

  it('refuses a limit out of range, an unknown category and a blank search', async () => {
    const client = api.client();
    for (const limit of [0, 51]) {
      const error = await graphqlErrorOf(client.request(operations.SkillsDocument, { search: 'py', limit }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    }
    const unknown = await graphqlErrorOf(
      client.request(operations.SkillsDocument, { category: 'COOKING' as 'PROGRAMMING_LANGUAGE' }),
    );
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(unknown.extensions.code);
    const blank = await graphqlErrorOf(client.request(operations.SkillsDocument, { search: '' }));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('skill (profile)', () => {
  it('answers for any spelling with counts equal to a direct count over the postings', async () => {
    const days = 7;
    const { current, previous } = windows(days);
    const inWindow = postings.filter((posting) => within(posting, current));
    const withSkill = inWindow.filter((posting) => posting.skills.includes('kubernetes'));
    const earlier = postings.filter(
      (posting) => within(posting, previous) && posting.skills.includes('kubernetes'),
    ).length;

    const { skill } = await api.client().request(operations.SkillProfileDocument, { id: 'K8s', days });
    expect(skill).toMatchObject({
      skill: 'kubernetes',
      displayName: 'Kubernetes',
      windowDays: days,
      totalPostingsAnalyzed: inWindow.length,
      postings: withSkill.length,
      share: Math.round((withSkill.length / inWindow.length) * 1000) / 10,
      growthWindow: { current, previous },
      dataSources: ['theirstack'],
    });
    expect(skill.aliases).toContain('k8s');
    expect(skill.growth).toMatchObject({ currentCount: withSkill.length, previousCount: earlier });
    if (earlier >= 5) {
      expect(skill.growth.percentage).toBe(Math.round(((withSkill.length - earlier) / earlier) * 1000) / 10);
    } else {
      expect(skill.growth.percentage).toBeNull();
      expect(skill.growth.reason).toMatch(/fewer than the 5/);
    }

    for (const partner of skill.askedWith) {
      const both = withSkill.filter((posting) => posting.skills.includes(partner.skill)).length;
      expect(partner.postings, partner.skill).toBe(both);
      expect(partner.share).toBe(Math.round((both / withSkill.length) * 1000) / 10);
    }
    expect(skill.askedWith.map((partner) => partner.postings)).toEqual(
      [...skill.askedWith.map((partner) => partner.postings)].sort((a, b) => b - a),
    );
    for (const role of skill.topRoles) {
      const ofRole = inWindow.filter((posting) => posting.role === role.role);
      expect(role.postings).toBe(ofRole.length);
      expect(role.postingsWithSkill).toBe(
        ofRole.filter((posting) => posting.skills.includes('kubernetes')).length,
      );
    }
    expect(skill.topRoles.length).toBe(new Set(withSkill.map((posting) => posting.role)).size);
    const salaried = withSkill.filter((posting) => posting.minAnnualSalaryUsd !== null).length;
    expect(skill.salary?.count ?? 0).toBe(salaried >= 5 ? salaried : 0);
    expect(skill.prerequisites.map((prerequisite) => prerequisite.skill)).toContain('docker');
  });

  it('lists what requires a skill, its resources and projects (with your match when signed in)', async () => {
    const user = await registerUser(api, 'profile-reader@example.com', { skills: ['Python'] });
    const { skill } = await api.client(user.token).request(operations.SkillProfileDocument, { id: 'python' });
    expect(skill.requiredBy.length).toBeGreaterThan(0);
    expect(skill.learningResources.length).toBeGreaterThan(0);
    expect(skill.projects.length).toBeGreaterThan(0);
    expect(skill.projects.every((project) => (project.skillMatchPercentage ?? 0) > 0)).toBe(true);
  });

  it('answers NOT_FOUND with the closest known skills for an unknown one', async () => {
    const error = await graphqlErrorOf(
      api.client().request(operations.SkillProfileDocument, { id: 'kubernets' }),
    );
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.extensions.suggestions).toContain('Kubernetes');
    expect(error.extensions.suggestedSkills).toContainEqual({
      skill: 'kubernetes',
      displayName: 'Kubernetes',
    });
  });

  it('refuses days out of range and an over-long id', async () => {
    const client = api.client();
    const days = await graphqlErrorOf(
      client.request(operations.SkillProfileDocument, { id: 'python', days: 0 }),
    );
    expect(days.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const long = await graphqlErrorOf(
      client.request(operations.SkillProfileDocument, { id: 'x'.repeat(61) }),
    );
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
