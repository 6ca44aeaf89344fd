import { mappedPosting, useRoadmapFixture } from '@career-navigator/testkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemClock, utcDay } from '../clock/index.js';
import { ingestPostings } from '../ingestion/index.js';
import { normalizeRole } from '../roles/index.js';
import { skillInfo } from '../skills/index.js';
import { LEARNING_STATES, type LearningProgressSnapshot, type LearningState } from './index.js';

const { roadmaps, catalog, clock } = useRoadmapFixture();

/** Skills with prerequisite chains (kubernetes → docker → linux, next.js → react → javascript → html, ...). */
const SKILL_POOL = [
  'python',
  'django',
  'fastapi',
  'flask',
  'sql',
  'postgresql',
  'docker',
  'kubernetes',
  'linux',
  'react',
  'javascript',
  'typescript',
  'html',
  'css',
  'next.js',
  'redis',
  'git',
  'aws',
  'graphql',
  'node.js',
];
const ROLES_WITH_POSTINGS = ['Backend Developer', 'Frontend Developer', 'DevOps Engineer', 'Data Engineer'];
const ROLES = [...ROLES_WITH_POSTINGS, 'Quantum Gardener'];

/** Every prerequisite of a skill, however indirect. */
function ancestorsOf(skill: string, seen = new Set<string>()): Set<string> {
  for (const prerequisite of skillInfo(skill)?.prerequisites ?? []) {
    if (seen.has(prerequisite)) continue;
    seen.add(prerequisite);
    ancestorsOf(prerequisite, seen);
  }
  return seen;
}

function snapshotOf(
  states: ReadonlyMap<string, LearningState>,
  completed: ReadonlySet<string>,
): LearningProgressSnapshot {
  return {
    stateOf: (skill) => states.get(skill) ?? null,
    learnedSkills: [...states].filter(([, state]) => state === 'DONE').map(([skill]) => skill),
    isResourceCompleted: (url) => completed.has(url),
  };
}

/** Kahn's algorithm: true when every node can be removed, i.e. the edges hold no cycle. */
function isAcyclic(nodes: readonly string[], edges: readonly { from: string; to: string }[]): boolean {
  const incoming = new Map(nodes.map((node) => [node, 0]));
  for (const edge of edges) incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
  const ready = nodes.filter((node) => incoming.get(node) === 0);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    removed++;
    for (const edge of edges.filter((candidate) => candidate.from === node)) {
      const left = (incoming.get(edge.to) ?? 0) - 1;
      incoming.set(edge.to, left);
      if (left === 0) ready.push(edge.to);
    }
  }
  return removed === nodes.length;
}

beforeAll(async () => {
  // Random postings per role, drawn once with a fixed seed so a failure can be replayed.
  const [postingSkills] = fc.sample(
    fc.array(
      fc.array(fc.subarray(SKILL_POOL, { minLength: 1, maxLength: 8 }), { minLength: 3, maxLength: 12 }),
      {
        minLength: ROLES_WITH_POSTINGS.length,
        maxLength: ROLES_WITH_POSTINGS.length,
      },
    ),
    { numRuns: 1, seed: 1414 },
  );
  const now = clock.now();
  let id = 0;
  await ingestPostings(
    ROLES_WITH_POSTINGS.flatMap((role, roleIndex) =>
      (postingSkills?.[roleIndex] ?? []).map((skills) =>
        mappedPosting(++id, {
          role: normalizeRole(role),
          title: role,
          skills,
          technologySlugs: skills,
          datePosted: now,
          postedDay: utcDay(now),
          seenAt: now,
        }),
      ),
    ),
    { clock: systemClock },
  );
});

const learner = fc.record({
  role: fc.constantFrom(...ROLES),
  profile: fc.subarray([...SKILL_POOL, 'cobol', 'underwater basket weaving'], { maxLength: 8 }),
  marks: fc.array(fc.tuple(fc.constantFrom(...SKILL_POOL), fc.constantFrom(...LEARNING_STATES)), {
    maxLength: 10,
  }),
  completedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  includeGapAnalysis: fc.boolean(),
  threshold: fc.constantFrom(0.1, 0.25, 0.5),
});

describe('the roadmap graph, for random profiles and roles', () => {
  it('is acyclic, runs from prerequisites to dependents, in topological order, agreeing with skillPaths', async () => {
    await fc.assert(
      fc.asyncProperty(
        learner,
        async ({ role, profile, marks, completedShare, includeGapAnalysis, threshold }) => {
          const states = new Map(marks);
          const urls = catalog.skills.flatMap((skill) => skill.resources.map((resource) => resource.url));
          const completed = new Set(urls.slice(0, Math.floor(urls.length * completedShare)));
          const roadmap = await roadmaps.roadmap({ skills: profile, targetRoles: [role] }, catalog, {
            targetRole: role,
            includeGapAnalysis,
            threshold,
            progress: snapshotOf(states, completed),
          });
          const { nodes, edges } = roadmap.graph;
          const order = nodes.map((node) => node.skill);
          expect(order).toEqual(roadmap.skillPaths.map((path) => path.skill));
          expect(new Set(order).size).toBe(order.length);
          expect(isAcyclic(order, edges)).toBe(true);
          for (const edge of edges) {
            expect(ancestorsOf(edge.to).has(edge.from)).toBe(true);
            expect(order.indexOf(edge.from)).toBeLessThan(order.indexOf(edge.to));
          }
          for (const node of nodes) {
            if (states.get(node.skill) === 'DONE')
              expect(node).toMatchObject({ state: 'DONE', isMissing: false });
            expect(node.resourcesCompleted).toBeLessThanOrEqual(node.resourcesTotal);
          }
          const count = (state: LearningState) => nodes.filter((node) => node.state === state).length;
          const { progress } = roadmap;
          expect(progress).toMatchObject({
            done: count('DONE'),
            inProgress: count('IN_PROGRESS'),
            skipped: count('SKIPPED'),
            total: nodes.length,
          });
          expect(progress.percentDone).toBe(
            progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 1000) / 10,
          );
          expect(progress.hoursRemaining).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });
});
