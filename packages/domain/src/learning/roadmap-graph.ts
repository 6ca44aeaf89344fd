import { skillInfo } from '../skills/index.js';
import type {
  RoadmapEdge,
  RoadmapGraph,
  RoadmapNode,
  RoadmapProgress,
  SkillPath,
} from './learning-roadmap.types.js';
import type { LearningProgressSnapshot, LearningState } from './progress/index.js';

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A skill never marked is DONE when the profile has it and NOT_STARTED when it is missing. */
function stateOf(path: SkillPath, progress: LearningProgressSnapshot | undefined): LearningState {
  return progress?.stateOf(path.skill) ?? (path.isMissing ? 'NOT_STARTED' : 'DONE');
}

/**
 * The listed skills a skill needs first: its taxonomy prerequisites, looking through
 * prerequisites that are not on the path (owned ones), so an edge still joins
 * React to HTML when JavaScript, between them, is already known.
 */
function nearestListedPrerequisites(skill: string, listed: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const visited = new Set<string>([skill]);
  const pending = [...(skillInfo(skill)?.prerequisites ?? [])];
  while (pending.length > 0) {
    const prerequisite = pending.shift() as string;
    if (visited.has(prerequisite)) continue;
    visited.add(prerequisite);
    if (listed.has(prerequisite)) found.add(prerequisite);
    else pending.push(...(skillInfo(prerequisite)?.prerequisites ?? []));
  }
  return [...found];
}

function edgesOf(paths: readonly SkillPath[]): RoadmapEdge[] {
  const position = new Map(paths.map((path, index) => [path.skill, index]));
  const listed = new Set(position.keys());
  return paths.flatMap((path) =>
    nearestListedPrerequisites(path.skill, listed)
      .sort((a, b) => (position.get(a) as number) - (position.get(b) as number))
      .map((prerequisite) => ({ from: prerequisite, to: path.skill })),
  );
}

function nodeOf(path: SkillPath, progress: LearningProgressSnapshot | undefined): RoadmapNode {
  const completed = path.resources.filter((resource) => progress?.isResourceCompleted(resource.url));
  return {
    skill: path.skill,
    displayName: path.displayName,
    category: path.category,
    state: stateOf(path, progress),
    isMissing: path.isMissing,
    priorityScore: path.priorityScore,
    estimatedHours: path.estimatedHours,
    resourcesCompleted: completed.length,
    resourcesTotal: path.resources.length,
    hoursCompleted: completed.reduce((sum, resource) => sum + resource.estimatedHours, 0),
  };
}

/** Study time left in a node not DONE or SKIPPED: its estimate less the hours of resources already completed. */
function hoursLeft(node: RoadmapNode): number {
  if (node.state === 'DONE' || node.state === 'SKIPPED') return 0;
  return Math.max(0, (node.estimatedHours ?? 0) - node.hoursCompleted);
}

function progressOf(nodes: readonly RoadmapNode[]): RoadmapProgress {
  const count = (state: LearningState) => nodes.filter((node) => node.state === state).length;
  const done = count('DONE');
  return {
    done,
    inProgress: count('IN_PROGRESS'),
    skipped: count('SKIPPED'),
    total: nodes.length,
    percentDone: nodes.length === 0 ? 0 : roundToTenth((done / nodes.length) * 100),
    hoursRemaining: roundToTenth(nodes.reduce((sum, node) => sum + hoursLeft(node), 0)),
  };
}

/**
 * The path as a graph a frontend can draw: the same skills in the same (study)
 * order, which is a topological order of the edges, each edge running from a
 * prerequisite to the skill that needs it; with the learner's progress through it.
 */
export function roadmapGraph(
  paths: readonly SkillPath[],
  progress: LearningProgressSnapshot | undefined,
): { graph: RoadmapGraph; progress: RoadmapProgress } {
  const nodes = paths.map((path) => nodeOf(path, progress));
  return { graph: { nodes, edges: edgesOf(paths) }, progress: progressOf(nodes) };
}
