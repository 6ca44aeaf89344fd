import type { LearningRoadmapGraphQuery } from '@career-navigator/client';
import { useId } from 'react';
import { layoutRoadmap, NODE_HEIGHT, NODE_WIDTH } from './roadmap-layout.js';

type Graph = LearningRoadmapGraphQuery['learningRoadmap']['graph'];

export const STATE_LABELS = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  SKIPPED: 'Skipped',
} as const;

const STATE_MARKS = { NOT_STARTED: '', IN_PROGRESS: '◐ ', DONE: '✓ ', SKIPPED: '– ' } as const;

/** The roadmap as a prerequisite graph; each node links to its step in the list below, where it is marked. */
export function RoadmapGraph({ graph }: { graph: Graph }) {
  const titleId = useId();
  const layout = layoutRoadmap(
    graph.nodes.map((node) => node.skill),
    graph.edges,
  );
  const nodeOf = new Map(graph.nodes.map((node) => [node.skill, node]));
  return (
    <figure className="roadmap-graph">
      <figcaption id={titleId}>
        Prerequisites first: arrows lead from a skill to the skills that build on it.
      </figcaption>
      <div className="scroll-x">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-labelledby={titleId}
        >
          <title>Roadmap graph</title>
          {layout.edges.map((edge) => (
            <path key={`${edge.from}-${edge.to}`} className="edge" d={edge.path} />
          ))}
          {layout.nodes.map((placed) => {
            const node = nodeOf.get(placed.skill)!;
            const classes = `node node-${node.state}${node.isMissing ? ' node-missing' : ''}`;
            const label =
              node.displayName.length > 18 ? `${node.displayName.slice(0, 17)}…` : node.displayName;
            return (
              <a key={node.skill} href={`#step-${node.skill}`} className={classes}>
                <title>{`${node.displayName}: ${STATE_LABELS[node.state]}${node.isMissing ? ', missing' : ''}`}</title>
                <rect x={placed.x} y={placed.y} width={NODE_WIDTH} height={NODE_HEIGHT} rx={6} />
                <text x={placed.x + 10} y={placed.y + NODE_HEIGHT / 2} dominantBaseline="middle">
                  {STATE_MARKS[node.state]}
                  {label}
                </text>
              </a>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
