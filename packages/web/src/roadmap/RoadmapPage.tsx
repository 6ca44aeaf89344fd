import { useMutation, useQuery } from '@apollo/client/react';
import {
  LearningRoadmapGraphDocument,
  type LearningRoadmapGraphQuery,
  type LearningState,
  SetSkillProgressDocument,
} from '@career-navigator/client';
import { Link } from 'react-router';
import {
  DataSources,
  EmptyState,
  ErrorNotice,
  formatShare,
  TargetRoleReport,
  useTargetRole,
} from '../ui/index.js';
import { RoadmapGraph, STATE_LABELS } from './RoadmapGraph.js';

type Roadmap = LearningRoadmapGraphQuery['learningRoadmap'];
const STATES = Object.keys(STATE_LABELS) as LearningState[];

export function RoadmapPage() {
  const target = useTargetRole();
  const roadmap = useQuery(LearningRoadmapGraphDocument, {
    variables: { targetRole: target.role ?? null },
    skip: !target.role,
  });
  return (
    <TargetRoleReport
      title="Learning roadmap"
      basePath="/roadmap"
      noRoleHint="to get a roadmap for it."
      loadingLabel={`Building the roadmap for ${target.role}…`}
      target={target}
      query={roadmap}
    >
      {(data) => <RoadmapView roadmap={data.learningRoadmap} />}
    </TargetRoleReport>
  );
}

function RoadmapView({ roadmap }: { roadmap: Roadmap }) {
  const [setProgress, { loading: saving, error }] = useMutation(SetSkillProgressDocument, {
    refetchQueries: ['LearningRoadmapGraph', 'SkillGapAnalysis', 'Me'],
    awaitRefetchQueries: true,
  });
  const paths = new Map(roadmap.skillPaths.map((path) => [path.skill, path]));
  const { progress } = roadmap;
  if (roadmap.graph.nodes.length === 0) {
    return (
      <EmptyState>
        <p>Nothing to learn for this role: you have every skill its postings ask for.</p>
      </EmptyState>
    );
  }
  return (
    <>
      {roadmap.basedOnRole && roadmap.basedOnRole !== roadmap.targetRole && (
        <p className="notice">
          {roadmap.targetRole} has no postings yet; this path follows {roadmap.basedOnRole}, the closest role
          with data.
        </p>
      )}
      <div className="summary-cards">
        {roadmap.coveragePercentage !== null && roadmap.coveragePercentage !== undefined && (
          <p className="summary-card">
            <span className="summary-figure" data-testid="roadmap-coverage">
              {formatShare(roadmap.coveragePercentage)}
            </span>
            coverage of the role's required skills
          </p>
        )}
        <p className="summary-card">
          <span className="summary-figure">
            {progress.done}/{progress.total}
          </span>
          skills done ({formatShare(progress.percentDone)})
        </p>
        <p className="summary-card">
          <span className="summary-figure">{Math.round(progress.hoursRemaining)} h</span>
          of study left
        </p>
      </div>
      <label htmlFor="roadmap-progress" className="muted">
        Progress
      </label>
      <progress id="roadmap-progress" className="progress" max={100} value={progress.percentDone}>
        {formatShare(progress.percentDone)}
      </progress>
      <DataSources sources={roadmap.dataSources} />
      <RoadmapGraph graph={roadmap.graph} />
      {error && <ErrorNotice error={error} />}
      <h2>Steps</h2>
      <ol className="path-list" aria-busy={saving}>
        {roadmap.graph.nodes.map((node) => {
          const path = paths.get(node.skill);
          return (
            <li key={node.skill} id={`step-${node.skill}`}>
              <h3>
                <span className={`state-${node.state}`}>{node.displayName}</span>
                {node.isMissing && <span className="muted">missing</span>}
                {node.estimatedHours !== null && node.estimatedHours !== undefined && (
                  <span className="muted">about {Math.round(node.estimatedHours)} h</span>
                )}
              </h3>
              {path && <p className="muted">{path.reason}</p>}
              <label>
                Progress for {node.displayName}{' '}
                <select
                  value={node.state}
                  disabled={saving}
                  onChange={(event) =>
                    void setProgress({
                      variables: { skill: node.skill, state: event.target.value as LearningState },
                    }).catch(() => undefined)
                  }
                >
                  {STATES.map((state) => (
                    <option key={state} value={state}>
                      {STATE_LABELS[state]}
                    </option>
                  ))}
                </select>
              </label>
              {path && path.resources.length > 0 && (
                <ul>
                  {path.resources.map((resource) => (
                    <li key={resource.url}>
                      <a href={resource.url} target="_blank" rel="noreferrer">
                        {resource.title}
                      </a>{' '}
                      <span className="muted">
                        {resource.type.toLowerCase()}, {resource.estimatedHours} h
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {roadmap.recommendations.length > 0 && (
        <>
          <h2>Advice</h2>
          <ul>
            {roadmap.recommendations.map((advice) => (
              <li key={advice}>{advice}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`/projects?role=${encodeURIComponent(roadmap.targetRole ?? '')}`}>
          Projects to practise these skills
        </Link>
      </p>
    </>
  );
}
