import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@career-navigator/client';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasErrorCode } from '../api/index.js';
import { EmptyState, ErrorNotice, Loading } from './QueryState.js';
import { TargetRoleTabs } from './TargetRoleTabs.js';
import { targetRoleFrom } from './target-role.js';
import { useRetryWhileCollecting } from './use-retry-while-collecting.js';

/** The profile, its target roles and the role the page shows (see targetRoleFrom). */
export function useTargetRole() {
  const [params] = useSearchParams();
  const me = useQuery(MeDocument);
  const roles = me.data?.me.targetRoles ?? [];
  return { me, roles, role: targetRoleFrom(params, roles) };
}

export type TargetRole = ReturnType<typeof useTargetRole>;

/** What a page's query for the role reports, whichever document it runs. */
interface RoleQuery<Data> {
  data?: Data;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

const roleLink = (role: string) => `/roles/${encodeURIComponent(role)}`;

/**
 * A page about one of the user's target roles (gap, roadmap): the profile's loading and error states,
 * a hint when there is no target role, a tab per role, and the role query's states — retried while the
 * role's postings are still being collected — around `children`, which renders the answer.
 */
export function TargetRoleReport<Data>({
  title,
  basePath,
  noRoleHint,
  loadingLabel,
  target,
  query,
  children,
}: {
  title: string;
  basePath: string;
  /** Ends the sentence "Add a target role on your profile …". */
  noRoleHint: string;
  loadingLabel: string;
  target: TargetRole;
  query: RoleQuery<Data>;
  children: (data: Data) => ReactNode;
}) {
  const { me, roles, role } = target;
  const collecting = useRetryWhileCollecting(
    hasErrorCode(query.error, 'NOT_FOUND'),
    () => void query.refetch(),
  );
  const titleId = `${basePath.slice(1)}-title`;

  if (me.loading && !me.data) return <Loading label="Loading your profile…" />;
  if (me.error) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <section aria-labelledby={titleId}>
      <h1 id={titleId}>{title}</h1>
      {roles.length === 0 ? (
        <EmptyState>
          <p>
            Add a target role on your <Link to="/profile">profile</Link> {noRoleHint}
          </p>
        </EmptyState>
      ) : (
        <>
          <TargetRoleTabs roles={roles} current={role ?? ''} basePath={basePath} />
          {query.loading && !query.data && <Loading label={loadingLabel} />}
          {Boolean(query.error) && collecting && (
            <p className="state state-loading" role="status">
              Postings for {role} are being collected; this page checks again every few seconds.
            </p>
          )}
          {Boolean(query.error) && (
            <ErrorNotice error={query.error} linkFor={roleLink} onRetry={() => void query.refetch()} />
          )}
          {query.data && !query.error && children(query.data)}
        </>
      )}
    </section>
  );
}
