import * as operations from '@career-navigator/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { seedPostings } from '../test-support/seed-postings.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

const SKILL_POOL = [
  'aws',
  'docker',
  'go',
  'graphql',
  'kubernetes',
  'postgresql',
  'react',
  'redis',
  'typescript',
];

type Counts = Map<string, number>;
const bump = (counts: Counts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const round1 = (value: number) => Math.round(value * 10) / 10;
const ranked = (counts: Counts) =>
  [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** What the answer must be, counted straight from the postings with no rollup in between. */
function expectedFromPostings(
  postings: readonly (readonly string[])[],
  owned: ReadonlySet<string>,
  threshold: number,
) {
  const perSkill: Counts = new Map();
  for (const skills of postings) for (const skill of new Set(skills)) bump(perSkill, skill);
  const missing = ranked(perSkill)
    .filter(([skill, n]) => n / postings.length >= threshold && !owned.has(skill))
    .map(([skill]) => skill);
  const together = (a: string) => {
    const counts: Counts = new Map();
    for (const skills of postings) {
      if (!skills.includes(a)) continue;
      for (const other of new Set(skills)) if (other !== a && !owned.has(other)) bump(counts, other);
    }
    return counts;
  };
  const groups = missing.slice(0, 5).map((missingSkill) => {
    const asking = perSkill.get(missingSkill) ?? 0;
    return {
      missingSkill,
      postings: asking,
      askedWith: ranked(together(missingSkill))
        .slice(0, 5)
        .map(([skill, n]) => ({ skill, postings: n, share: round1((n / asking) * 100) })),
    };
  });
  const best: Counts = new Map();
  for (const missingSkill of missing) {
    for (const [other, n] of together(missingSkill)) {
      if (!missing.includes(other)) best.set(other, Math.max(best.get(other) ?? 0, n));
    }
  }
  const alsoAskedWith = ranked(best)
    .slice(0, 10)
    .map(([skill, n]) => ({ skill, postings: n }));
  return { missing, groups, alsoAskedWith };
}

describe('skillGapAnalysis co-occurrence, over HTTP', () => {
  it('counts each posting once per pair: never more than the postings asking for the missing skill', async () => {
    const role = 'Frontend Developer';
    const user = await registerUser(api, 'frontend@example.com', { targetRoles: [role], skills: ['html'] });
    // storybook in 4 of 10 postings; react and typescript, both missing, in most of them.
    const postings = Array.from({ length: 10 }, (_, index) => [
      'react',
      ...(index < 8 ? ['typescript'] : []),
      ...(index < 4 ? ['storybook'] : []),
      ...(index % 2 === 0 ? ['jest'] : []),
    ]);
    await seedPostings({ role, skillsPerPosting: postings, firstId: 1 });
    const { skillGapAnalysis: gap } = await api
      .client(user.token)
      .request(operations.SkillGapAnalysisDocument, { role, threshold: 0.3 });
    expect(gap.missingSkills).toEqual(['react', 'typescript', 'jest', 'storybook']);
    const storybookWith = gap.skillsAskedWithMissing.map((group) => [
      group.missingSkill,
      group.askedWith.find((skill) => skill.skill === 'storybook')?.postings,
    ]);
    expect(storybookWith).toEqual([
      ['react', 4],
      ['typescript', 4],
      ['jest', 2],
      ['storybook', undefined],
    ]);
    expect(gap.skillsAskedWithMissing[3]).toEqual({
      missingSkill: 'storybook',
      displayName: 'Storybook',
      postings: 4,
      askedWith: [
        { skill: 'react', displayName: 'React', postings: 4, share: 100 },
        { skill: 'typescript', displayName: 'TypeScript', postings: 4, share: 100 },
        { skill: 'jest', displayName: 'Jest', postings: 2, share: 50 },
      ],
    });
    // Every missing skill is also missing-or-owned, so the deprecated flat list is empty, not summed.
    expect(gap.alsoAskedWith).toEqual([]);
  });

  it('for random postings, every co-occurrence count and share equals a count made from the postings', async () => {
    const role = 'Backend Developer';
    const user = await registerUser(api, 'property@example.com', { targetRoles: [role] });
    const client = api.client(user.token);
    let version = 0;
    let nextId = 1_000;
    // Runs add to the same role's market, so each run checks every posting seen so far.
    const allPostings: string[][] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(SKILL_POOL, { minLength: 0 }), { minLength: 1, maxLength: 25 }),
        fc.subarray(SKILL_POOL, { maxLength: 4 }),
        fc.integer({ min: 10, max: 60 }),
        async (batch, ownedSkills, thresholdPercent) => {
          await seedPostings({ role, skillsPerPosting: batch, firstId: nextId });
          nextId += batch.length;
          allPostings.push(...batch);
          const { updateProfile } = await client.request(operations.UpdateProfileDocument, {
            input: { skills: ownedSkills, expectedVersion: version },
          });
          version = updateProfile.user.version;
          const threshold = thresholdPercent / 100;
          const { skillGapAnalysis: gap } = await client.request(operations.SkillGapAnalysisDocument, {
            role,
            threshold,
          });
          const expected = expectedFromPostings(allPostings, new Set(ownedSkills), threshold);
          expect(gap.totalPostingsAnalyzed).toBe(allPostings.length);
          expect(gap.missingSkills).toEqual(expected.missing);
          expect(
            gap.skillsAskedWithMissing.map(({ missingSkill, postings, askedWith }) => ({
              missingSkill,
              postings,
              askedWith: askedWith.map(({ skill, postings: n, share }) => ({ skill, postings: n, share })),
            })),
          ).toEqual(expected.groups);
          expect(gap.alsoAskedWith.map(({ skill, postings }) => ({ skill, postings }))).toEqual(
            expected.alsoAskedWith,
          );
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  }, 120_000);
});
