import { useQuery } from '@apollo/client/react';
import {
  type ProjectFieldsFragment,
  ProjectRecommendationsDocument,
  SearchProjectsDocument,
} from '@career-navigator/client';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorNotice, FormField, formatShare, Loading, useTargetRole } from '../ui/index.js';

export function ProjectsPage() {
  const [params, setParams] = useSearchParams();
  const { role } = useTargetRole();
  const query = params.get('q') ?? '';
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">Projects</h1>
      <SearchForm
        key={query}
        initial={query}
        onSearch={(text) => {
          const next = new URLSearchParams(params);
          if (text) next.set('q', text);
          else next.delete('q');
          setParams(next);
        }}
      />
      {query ? <SearchResults query={query} /> : <Recommendations role={role ?? null} />}
    </section>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim());
  }
  return (
    <search>
      <form onSubmit={submit} className="filters">
        <FormField
          label="Search projects"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="field">
          <button type="submit">Search</button>
        </div>
      </form>
    </search>
  );
}

function Recommendations({ role }: { role: string | null }) {
  const { data, loading, error, refetch } = useQuery(ProjectRecommendationsDocument, {
    variables: { targetRole: role, limit: 6 },
  });
  if (loading && !data) return <Loading label="Finding projects for you…" />;
  if (error || !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const result = data.projectRecommendations;
  return (
    <>
      <h2>Recommended{role ? ` for ${role}` : ''}</h2>
      {result.recommendations.map((advice) => (
        <p key={advice} className="muted">
          {advice}
        </p>
      ))}
      <ProjectList projects={result.projects} />
    </>
  );
}

function SearchResults({ query }: { query: string }) {
  const { data, loading, error, refetch } = useQuery(SearchProjectsDocument, {
    variables: { query, limit: 20 },
  });
  if (loading && !data) return <Loading label={`Searching for “${query}”…`} />;
  if (error || !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <h2>
        {data.searchProjects.totalFound} project{data.searchProjects.totalFound === 1 ? '' : 's'} for “{query}
        ”
      </h2>
      <ProjectList projects={data.searchProjects.projects} />
    </>
  );
}

function ProjectList({ projects }: { projects: readonly ProjectFieldsFragment[] }) {
  if (projects.length === 0) {
    return (
      <EmptyState>
        <p>No projects found. Try other words or fewer filters.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="project-list">
      {projects.map((project) => (
        <li key={project.id}>
          <h3>{project.title}</h3>
          <p>{project.description}</p>
          <p className="muted">
            {project.difficulty.toLowerCase()} · {project.estimatedTime}
            {project.skillMatchPercentage !== null &&
              project.skillMatchPercentage !== undefined &&
              ` · you have ${formatShare(project.skillMatchPercentage)} of its skills`}
          </p>
          <p>
            <strong>Skills:</strong> {project.skills.join(', ')}
          </p>
          {project.missingSkills && project.missingSkills.length > 0 && (
            <p>
              <strong>You would practise:</strong> {project.missingSkills.join(', ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
