import { useQuery } from '@apollo/client/react';
import { RoleProfileDocument } from '@career-navigator/client';
import { Link, useParams } from 'react-router';
import { BarChart, RemoteSplitChart } from '../charts/index.js';
import { DataSources, ErrorNotice, formatShare, formatUsd, Loading } from '../ui/index.js';
import { BAND_TITLES, roleSkillGroups } from './role-profile-data.js';

const roleLink = (role: string) => `/roles/${encodeURIComponent(role)}`;

export function RoleProfilePage() {
  const role = useParams().role ?? '';
  const { data, loading, error, refetch } = useQuery(RoleProfileDocument, { variables: { role } });
  if (loading && !data) return <Loading label={`Loading the profile of ${role}…`} />;
  if (error || !data) {
    return (
      <section aria-labelledby="role-title">
        <h1 id="role-title">{role}</h1>
        <ErrorNotice error={error} linkFor={roleLink} onRetry={() => void refetch()} />
      </section>
    );
  }
  const profile = data.roleProfile;
  return (
    <section aria-labelledby="role-title">
      <h1 id="role-title">{profile.displayName}</h1>
      <div className="summary-cards">
        <p className="summary-card">
          <span className="summary-figure">{profile.totalPostingsAnalyzed}</span>postings
        </p>
        <p className="summary-card">
          <span className="summary-figure">{formatShare(profile.remoteShare)}</span>remote
        </p>
        {profile.salary && (
          <p className="summary-card">
            <span className="summary-figure">{formatUsd(profile.salary.p50Usd, true)}</span>
            median salary ({formatUsd(profile.salary.p25Usd, true)}–{formatUsd(profile.salary.p75Usd, true)})
          </p>
        )}
        {profile.match && (
          <p className="summary-card">
            <span className="summary-figure">
              {profile.match.have}/{profile.match.total}
            </span>
            skills you have ({profile.match.essentialHave}/{profile.match.essentialTotal} essential)
          </p>
        )}
      </div>
      <DataSources sources={profile.dataSources} />
      {roleSkillGroups(profile.skills).map((group) => (
        <BarChart
          key={group.band}
          title={BAND_TITLES[group.band]}
          data={group.data}
          percent
          valueHeading="Share of postings"
        />
      ))}
      <div className="columns">
        <RemoteSplitChart distribution={profile.remoteDistribution} />
        <section>
          <h2>Top locations</h2>
          <ul>
            {profile.topLocations.map((location) => (
              <li key={location.location}>
                {location.location} ({location.count})
              </li>
            ))}
          </ul>
        </section>
      </div>
      {profile.similarRoles.length > 0 && (
        <>
          <h2>Similar roles</h2>
          <ul className="link-list">
            {profile.similarRoles.map((similar) => (
              <li key={similar.role}>
                <Link to={roleLink(similar.displayName)}>{similar.displayName}</Link> ({similar.postings})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
