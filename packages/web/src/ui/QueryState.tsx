import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { apiProblemOf } from '../api/index.js';

export function Loading({ label }: { label: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

interface ErrorNoticeProps {
  error: unknown;
  /** Where a suggested or alternative name leads (a role profile, say). */
  linkFor?: (name: string) => string;
  onRetry?: () => void;
}

function NameLinks({
  title,
  names,
  linkFor,
}: {
  title: string;
  names: string[];
  linkFor: (name: string) => string;
}) {
  if (names.length === 0) return null;
  return (
    <div>
      <h3 className="state-subtitle">{title}</h3>
      <ul className="link-list">
        {names.map((name) => (
          <li key={name}>
            <Link to={linkFor(name)}>{name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An API error in words, with NOT_FOUND's suggestions and alternatives as links. */
export function ErrorNotice({ error, linkFor, onRetry }: ErrorNoticeProps) {
  const problem = apiProblemOf(error);
  return (
    <div className="state state-error" role="alert">
      <p>{problem.message}</p>
      {problem.retryAfterSeconds !== undefined && <p>Try again in {problem.retryAfterSeconds} s.</p>}
      {linkFor && (
        <>
          <NameLinks title="Did you mean" names={problem.suggestions} linkFor={linkFor} />
          <NameLinks title="Roles with data" names={problem.alternatives} linkFor={linkFor} />
        </>
      )}
      {onRetry && problem.code !== 'NOT_FOUND' && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Where the figures come from; "demo" marks the built-in demo market. */
export function DataSources({ sources }: { sources: readonly string[] }) {
  if (sources.length === 0) return null;
  const demo = sources.includes('demo');
  return (
    <p className={demo ? 'data-source data-source-demo' : 'data-source'}>
      Data source: {sources.join(', ')}
      {demo && ' (built-in demo market, not real postings)'}
    </p>
  );
}
